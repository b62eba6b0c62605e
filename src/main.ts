// Wiring only: create the store, bind the URL, mount the view, the UI and the media layer.
import './style.css';
import { createClipController } from './media/controller';
import { coverage } from './model/extent';
import { tokenGrid, volumeOf } from './model/grid';
import { indexOf } from './model/sequence';
import { type AppState, createAppStore, setParams } from './state/app';
import { findBundledClip } from './state/clips';
import { clampCamera, decode } from './state/codec';
import { nominalInput, selectedToken, tokenizerOf } from './state/derive';
import { bindUrl } from './state/url';
import { createFileInput } from './ui/file-input';
import { createAspects } from './ui/aspects';
import { describeView } from './ui/describe';
import { bindKeys } from './ui/keyboard';
import { createMessages } from './ui/messages';
import { createPanel } from './ui/panel';
import { createReadout } from './ui/readout';
import { STRINGS } from './ui/strings';
import { type Stage, createStage } from './view/stage';

function required(id: string): HTMLElement {
  const node = document.getElementById(id);
  if (!node) throw new Error(`index.html lacks #${id}`);
  return node;
}

export function mount(): () => void {
  const { params, notes } = decode(window.location.hash);
  const store = createAppStore(params, notes);
  const unbindUrl = bindUrl(store);
  const overlay = required('overlay');
  const viewElement = required('view');

  let stage: Stage | null = null;
  try {
    stage = createStage(required('view'));
  } catch {
    required('view').append(Object.assign(document.createElement('p'), { className: 'no-webgl', textContent: STRINGS.noWebgl }));
  }
  const readout = createReadout(overlay);
  const aspects = createAspects(overlay, (size) => setParams(store, size));
  const clips = createClipController(store, {
    baseUrl: document.baseURI,
    maxTextureSize: stage?.maxTextureSize ?? 256,
    localLinkMessage: STRINGS.localLinkMissing,
    async show(clip) {
      stage?.setVolume(clip.volume);
      await stage?.rendered();
    },
  });
  const messages = createMessages(overlay, store, { cancelLoad: clips.cancel });
  const fileInput = createFileInput(overlay, clips.loadFile);
  const panel = createPanel(required('panel'), store, { openFile: fileInput.open });
  stage?.onPick((pos) => {
    const { params, clip } = store.get();
    const input = nominalInput(params, clip);
    if (input) setParams(store, { token: indexOf(pos, tokenGrid(tokenizerOf(params, input))) });
  });
  const unbindKeys = bindKeys(required('view'), {
    move(dt, dy, dx) {
      const { params, clip } = store.get();
      const input = nominalInput(params, clip);
      const tok = input ? tokenizerOf(params, input) : null;
      const selection = tok ? selectedToken(params, tok) : null;
      if (!tok || !selection) return;
      const grid = tokenGrid(tok);
      const clampTo = (n: number, size: number) => Math.min(size - 1, Math.max(0, n));
      const { t, y, x } = selection.pos;
      const next = { t: clampTo(t + dt, grid.t), y: clampTo(y + dy, grid.h), x: clampTo(x + dx, grid.w) };
      setParams(store, { token: indexOf(next, grid) });
    },
    zoom(factor) {
      const { params } = store.get();
      const pose = params.cam ?? stage?.pose() ?? null;
      if (pose) setParams(store, { cam: clampCamera({ ...pose, zoom: pose.zoom * factor }) });
    },
  });
  stage?.onPoseChange((pose) => store.set((state) => ({ params: { ...state.params, cam: clampCamera(pose) } })));

  function render(state: AppState): void {
    document.documentElement.dataset.status = state.status;
    document.body.classList.toggle('embed', state.params.embed);
    const input = nominalInput(state.params, state.clip);
    const tok = input ? tokenizerOf(state.params, input) : null;
    const selection = tok ? selectedToken(state.params, tok) : null;
    if (tok) {
      const grid = tokenGrid(tok);
      const { kept } = coverage(tok);
      const { explode, noise, view, space } = state.params;
      const latent = space === 'latent' ? 1 : 0;
      const sequence = view === 'sequence' ? 1 : 0;
      stage?.update({ tok, grid, kept, view, explode, noise, latent, sequence, selected: selection?.pos ?? null }, state.params.cam);
    }
    readout.update(state, { tok, selection, block: stage?.block() ?? null });
    aspects.update(tok);
    const grid = tok ? tokenGrid(tok) : null;
    const clipLabel = state.clip?.label ?? findBundledClip(state.params.clip)?.label ?? 'the clip';
    viewElement.setAttribute('aria-label', describeView({ clipLabel, view: state.params.view, grid, count: grid ? volumeOf(grid) : 0, selected: selection }));
    panel.update(state, { input, tokenCount: tok ? volumeOf(tokenGrid(tok)) : 0 });
    messages.update(state);
  }
  const unsubscribe = store.subscribe(render);
  render(store.get());
  clips.start();

  return () => {
    unsubscribe();
    unbindKeys();
    unbindUrl();
    clips.dispose();
    panel.dispose();
    stage?.dispose();
  };
}

mount();
