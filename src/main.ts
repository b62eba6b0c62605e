// Wiring only: create the store, bind the URL, mount the view, the UI and the media layer.
import './style.css';
import { SECTION_SAMPLES, TRANSITION_MS } from './config';
import { type ClipController, createClipController } from './media/controller';
import type { DecodedClip } from './media/decode';
import { coverage, tokenFrameRange } from './model/extent';
import { type Dims, type Tokenizer, pixelsPerToken, tokenGrid, volumeOf } from './model/grid';
import { type Tile, tokenTiles } from './model/token-pixels';
import { pack } from './model/packing';
import { checkSize, presetTokenizer } from './model/rules';
import { type TokenPos, inGrid, indexOf } from './model/sequence';
import { type Cut, cutOf } from './model/slice';
import { type SectionImage, sectionImage } from './model/section';
import { type AppState, type AppStore, createAppStore, setParams } from './state/app';
import { BUNDLED_CLIPS, findBundledClip } from './state/clips';
import { baseFor, clampCamera, decode } from './state/codec';
import { nominalInput, selectedToken, shownToken, tokenizerOf } from './state/derive';
import { type HeightMessage, embedSnippet, preferredHeight } from './state/embed';
import { HIDEABLE, LOCAL_CLIP, matchLanguage, setDefaultLanguage } from './state/params';
import { activePreset } from './state/presets';
import { bindUrl } from './state/url';
import { createAspects } from './ui/aspects';
import { describeView } from './ui/describe';
import { createDropZone } from './ui/drop';
import { createFileInput } from './ui/file-input';
import { applyLanguage, clipName } from './ui/i18n';
import { createLanguagePicker } from './ui/language';
import { bindKeys } from './ui/keyboard';
import { createMessages } from './ui/messages';
import { createModelInfo } from './ui/model-info';
import { createPacking } from './ui/packing';
import { createPanel } from './ui/panel';
import { createReadout } from './ui/readout';
import { createSection } from './ui/section';
import { createShare } from './ui/share';
import { createStrip } from './ui/strip';
import { createTour } from './ui/tour';
import { EN, STRINGS } from './ui/strings';
import { createWebcam } from './ui/webcam';
import { createViewHost } from './view/host';

function required(id: string): HTMLElement {
  const node = document.getElementById(id);
  if (!node) throw new Error(`index.html lacks #${id}`);
  return node;
}

function currentTokenizer(store: AppStore): Tokenizer | null {
  const { params, clip } = store.get();
  const input = nominalInput(params, clip);
  return input ? tokenizerOf(params, input) : null;
}

function selectToken(store: AppStore, pos: TokenPos, grid: Dims): void {
  const clampTo = (n: number, size: number) => Math.min(size - 1, Math.max(0, n));
  setParams(store, {
    token: indexOf({ t: clampTo(pos.t, grid.t), y: clampTo(pos.y, grid.h), x: clampTo(pos.x, grid.w) }, grid),
  });
}

/** An embed tells its parent page the height it would like (see README, Embedding). */
function postHeight(): void {
  if (window.parent === window) return;
  const message: HeightMessage = { type: 'spacetime-patches:height', height: preferredHeight(window.innerWidth) };
  window.parent.postMessage(message, '*');
}

/** The strip changes only with the token, the input or the clip: recompute only then. */
function memoStrip() {
  let key = '';
  let tiles: Tile[] = [];
  return (volume: DecodedClip['volume'], tok: Tokenizer, pos: TokenPos): Tile[] => {
    const px = pixelsPerToken(tok);
    const frames = tokenFrameRange(tok, pos.t);
    const region = {
      frames,
      rows: [pos.y * px.h, (pos.y + 1) * px.h],
      cols: [pos.x * px.w, (pos.x + 1) * px.w],
    } as const;
    const next = JSON.stringify([region, tok.input, volume.frames, volume.rgba.byteLength]);
    if (next !== key) [key, tiles] = [next, tokenTiles(volume, tok.input, region, 8, 48)];
    return tiles;
  };
}

/** The slice's cross-section changes only with the cut, the input or the clip. */
function memoSection() {
  let key = '';
  let image: SectionImage | null = null;
  return (volume: DecodedClip['volume'], tok: Tokenizer, cut: Cut, latent: boolean): SectionImage => {
    const next = JSON.stringify([
      cut,
      tok.input,
      latent && [tok.vae, tok.causal],
      volume.frames,
      volume.rgba.byteLength,
    ]);
    if (next !== key || !image)
      [key, image] = [next, sectionImage(volume, tok.input, cut, SECTION_SAMPLES, latent ? tok : null)];
    return image;
  };
}

// A link without lang= shows the reader's own language; one with lang= forces it.
setDefaultLanguage(matchLanguage(navigator.languages ?? [navigator.language]));

/** The embed's iframe title in the language in use (the English one is the snippet's own). */
function embedTitle(): string | undefined {
  return STRINGS === EN ? undefined : `${STRINGS.title}: ${STRINGS.tagline}`;
}

let keptFile: File | null = null; // the user's own clip, loaded again when the interface is rebuilt in another language
function rememberFile(clips: ClipController): ClipController {
  return {
    ...clips,
    loadFile(file) {
      keptFile = file;
      clips.loadFile(file);
    },
  };
}

export function mount(): () => void {
  const { params, notes } = decode(window.location.hash);
  applyLanguage(params.lang); // before any part is built: each reads STRINGS as it makes its text
  const store = createAppStore(params, notes);
  const unbindUrl = bindUrl(store);
  const overlay = required('overlay');
  const staticParts = new Set(overlay.children); // the masthead; the rest is built here and removed on unmount
  const viewElement = required('view');
  const host = createViewHost(viewElement, { unavailableText: STRINGS.noWebgl, marksLegend: STRINGS.sequenceMarks });
  let shownVolume: DecodedClip['volume'] | null = null; // the frames on screen, for the inspector's strip
  // The clip decodes (in a worker) while the rest of the page is built: time to ready is mostly decoding.
  const clips = rememberFile(
    createClipController(store, {
      baseUrl: document.baseURI,
      maxTextureSize: host.maxTextureSize,
      localLinkMessage: STRINGS.localLinkMissing,
      putFrames: host.putFrames,
      dropFrames: host.dropFrames,
      async show(clip) {
        shownVolume = clip.volume;
        host.setVolume(clip.volume);
        await host.rendered();
      },
    }),
  );
  if (params.clip === LOCAL_CLIP && keptFile) clips.loadFile(keptFile);
  else clips.start();

  const tour = createTour(overlay, {
    go(stepId) {
      // A step starts from the defaults and the clip on screen; the link then names only the step.
      const { clip } = store.get().params;
      store.set({ params: { ...baseFor({ step: stepId }), clip, step: stepId } });
    },
  });
  const readout = createReadout(overlay);
  const modelInfo = createModelInfo(overlay, (axis, value) => setParams(store, { [axis]: value }));
  const strip = createStrip(overlay);
  const stripFor = memoStrip();
  const section = createSection(overlay);
  const sectionFor = memoSection();
  const packing = createPacking(overlay);
  const aspects = createAspects(overlay, (size) => setParams(store, size));
  const messages = createMessages(overlay, store, { cancelLoad: clips.cancel });
  const fileInput = createFileInput(overlay, clips.loadFile);
  const webcam = createWebcam(overlay, { onRecording: clips.loadFile, onError: (alert) => store.set({ alert }) });
  const dropZone = createDropZone(viewElement, clips.loadFile);
  createShare(overlay, {
    link: () => window.location.href,
    snippet: (hide) => embedSnippet(window.location.href.split('#')[0]!, store.get().params, hide, embedTitle()),
    png: () => host.snapshot(),
    webm: () => {
      setParams(store, { view: 'cubes' });
      return host.record(TRANSITION_MS + 400, () => setParams(store, { view: 'sequence' }));
    },
  });
  const panel = createPanel(required('panel'), store, { openFile: fileInput.open });
  const picker = createLanguagePicker(required('panel'), params.lang, (lang) => setParams(store, { lang }));

  host.onPick((pos) => {
    const tok = currentTokenizer(store);
    if (tok) selectToken(store, pos, tokenGrid(tok));
  });
  host.onHover((pos) => {
    const tok = currentTokenizer(store);
    const grid = tok ? tokenGrid(tok) : null;
    const index = pos && grid && inGrid(pos, grid) ? indexOf(pos, grid) : null;
    const { hover, params } = store.get();
    const current = hover?.of === params ? hover.index : null;
    if (index !== current) store.set({ hover: index === null ? null : { of: params, index } });
  });
  host.onPoseChange((pose) => setParams(store, { cam: clampCamera(pose) }));
  const unbindKeys = bindKeys(viewElement, {
    move(dt, dy, dx) {
      const tok = currentTokenizer(store);
      const selection = tok ? selectedToken(store.get().params, tok) : null;
      if (tok && selection)
        selectToken(
          store,
          { t: selection.pos.t + dt, y: selection.pos.y + dy, x: selection.pos.x + dx },
          tokenGrid(tok),
        );
    },
    zoom(factor) {
      const pose = store.get().params.cam ?? host.pose();
      if (pose) setParams(store, { cam: clampCamera({ ...pose, zoom: pose.zoom * factor }) });
    },
  });

  function render(state: AppState): void {
    const { params } = state;
    const root = document.documentElement;
    root.dataset.status = state.status;
    root.dataset.theme = params.theme;
    document.body.classList.toggle('embed', params.embed);
    for (const part of HIDEABLE)
      document.body.classList.toggle(`hide-${part}`, params.embed && params.hide.includes(part));
    const input = nominalInput(params, state.clip);
    const tok = input ? tokenizerOf(params, input) : null;
    // A preset in use counts with the model's own rules (its padding, chunking); the view draws `tok`.
    const preset = activePreset(params);
    const exact = preset && input ? presetTokenizer(preset, input) : null;
    const grid = exact?.grid ?? (tok ? tokenGrid(tok) : null);
    const selection = tok ? shownToken(state, tok) : null;
    const cut = input ? cutOf(params.slice, params.at, input) : null;
    const viewCut = params.view === 'cubes' ? cut : null; // the 3D view cuts the cubes only
    if (tok) {
      const { kept } = coverage(tok);
      const { explode, noise, view } = params;
      const latent = params.space === 'latent' ? 1 : 0;
      const sequence = view === 'sequence' ? 1 : 0;
      const selected = selection?.pos ?? null;
      host.update(
        { tok, grid: tokenGrid(tok), kept, view, explode, noise, latent, sequence, selected, cut: viewCut },
        params.cam,
      );
      section.update(
        cut && shownVolume
          ? {
              slice: params.slice,
              cut,
              image: sectionFor(shownVolume, tok, cut, latent === 1),
              tok,
              kept,
              selected,
              cubesView: view === 'cubes',
              latent: latent === 1,
            }
          : null,
      );
    } else section.update(null);
    readout.update(state, { tok, selection, block: host.block(), exact });
    const violations = preset && input ? checkSize(preset, input) : [];
    modelInfo.update({ preset, grid, videoTokens: grid ? volumeOf(grid) : 0, violations, notes: exact?.notes ?? [] });
    strip.update(tok && selection && shownVolume ? stripFor(shownVolume, tok, selection.pos) : null);
    aspects.update(tok);
    packing.update(
      params.pack && tok
        ? pack(
            BUNDLED_CLIPS.map((c) => ({ id: c.id, input: { t: c.frames, h: c.heightPx, w: c.widthPx } })),
            tok,
          )
        : null,
    );
    tour.update(params.step);
    const clipLabel = clipName(
      state.clip?.source ?? params.clip,
      state.clip?.label ?? findBundledClip(params.clip)?.label,
    );
    const count = grid ? volumeOf(grid) : 0;
    viewElement.setAttribute(
      'aria-label',
      describeView({ clipLabel, view: params.view, grid, count, selected: selection, cut: viewCut }),
    );
    panel.update(state, { input, tokenCount: count });
    messages.update(state);
  }
  const unsubscribe = store.subscribe((state, prev) => {
    // Another language: rebuild the interface in it (the URL already says lang; the clip is decoded again).
    if (state.params.lang !== prev.params.lang) return void setTimeout(remount);
    // A decode's progress ticks move only the progress bar; redrawing the 3D view for each would stall the page.
    const progressOnly =
      state.progress !== prev.progress &&
      state.params === prev.params &&
      state.clip === prev.clip &&
      state.status === prev.status;
    if (progressOnly) messages.update(state);
    else render(state);
  });
  const unwatchView = messages.watchView(viewElement, host.available(), () => render(store.get()));
  render(store.get());
  postHeight();
  window.addEventListener('resize', postHeight);

  return () => {
    window.removeEventListener('resize', postHeight);
    unsubscribe();
    unbindKeys();
    unbindUrl();
    unwatchView();
    dropZone.dispose();
    webcam.dispose();
    clips.dispose();
    panel.dispose();
    picker.dispose();
    host.dispose();
    for (const child of [...overlay.children]) if (!staticParts.has(child)) child.remove();
  };
}

let unmount = mount();
function remount(): void {
  unmount();
  unmount = mount();
}
