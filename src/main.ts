// Wiring only: create the store, bind the URL, mount the view, the UI and the media layer.
import './style.css';
import { TRANSITION_MS, VIEW_WAIT_MS } from './config';
import { type ClipController, createClipController } from './media/controller';
import { whenOnScreen } from './media/visible';
import type { DecodedClip } from './media/decode';
import { type Dims, type Tokenizer, tokenGrid } from './model/grid';
import type { TokenPos } from './model/sequence';
import { type AppState, type AppStore, createAppStore, setParams } from './state/app';
import { baseFor, clampCamera, decode } from './state/codec';
import { nominalInput, selectedToken } from './state/derive';
import { HEIGHT_MESSAGE_TYPE, type HeightMessage, embedSnippet, fullViewUrl, preferredHeight } from './state/embed';
import { HIDEABLE, LOCAL_CLIP, matchLanguage, setDefaultLanguage } from './state/params';
import { memoDetail, memoFigures, memoSection, memoStrip } from './state/memos';
import { autoToken, clampedIndex, hoveredIndex, pageModel } from './state/page';
import { presetParams } from './state/presets';
import { findPreset } from './model/presets';
import { findBundledClip } from './state/clips';
import { bindUrl } from './state/url';
import { createGate } from './state/gate';
import { createAspects } from './ui/aspects';
import { createAttention } from './ui/attention';
import { describeView } from './ui/describe';
import { createDropZone } from './ui/drop';
import { createFileInput } from './ui/file-input';
import { applyLanguage, clipName, languageReady } from './ui/i18n';
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
import { createGlossary } from './ui/glossary';
import { createEmbedExtras } from './ui/embed-extras';
import { createLatentFigure } from './ui/latent-figure';
import { createVectorFigure } from './ui/vector-figure';
import { EN, STRINGS, formatInt } from './ui/strings';
import { createWebcam } from './ui/webcam';
import { watchTagline } from './ui/tagline';
import { createViewHost } from './view/host';
import { registerServiceWorker } from './offline/register';

function required(id: string): HTMLElement {
  const node = document.getElementById(id);
  if (!node) throw new Error(`index.html lacks #${id}`);
  return node;
}

function currentTokenizer(store: AppStore): Tokenizer | null {
  return pageModel(store.get()).tok;
}

function selectToken(store: AppStore, pos: TokenPos, tok: Tokenizer): void {
  setParams(store, { token: clampedIndex(pos, tokenGrid(tok)) });
}

/** An embed tells its parent page the height it would like (see README, Embedding). */
function postHeight(): void {
  if (window.parent === window) return;
  const message: HeightMessage = { type: HEIGHT_MESSAGE_TYPE, height: preferredHeight(window.innerWidth) };
  window.parent.postMessage(message, '*');
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
  const tagline = required('masthead').querySelector<HTMLElement>(':scope > p');
  const unwatchTagline = tagline ? watchTagline(tagline, document.documentElement) : () => {};
  // The view is built once the decode has started: building it holds the page's thread 0.25-0.3 s in software
  // WebGL, and a worker's video decoder is set up through the page's thread (Chromium hands it the GPU's video
  // factories there). Built first, the view held the decoder's first frame that long; built after it, the
  // clip decodes while the view is made (interleaved A/B in README, Performance).
  const decodeStarted = createGate(VIEW_WAIT_MS);
  const host = createViewHost(viewElement, {
    buildAfter: decodeStarted.opened,
    unavailableText: STRINGS.noWebgl,
    marksLegend: STRINGS.sequenceMarks,
    textMark: ({ kind, tokens }) =>
      kind === 'joint' ? STRINGS.attention.textJoint(tokens) : STRINGS.attention.textCross(tokens),
    formatIndex: formatInt,
  });
  let shownVolume: DecodedClip['volume'] | null = null; // the frames on screen, for the inspector's strip
  // While a clip loads, the attention figures wait: the mask alone cost the page 0.1-0.8 s on the 2-core
  // bench machine, time the view and the first picture need (`npm run bench`). They catch up right after the
  // first picture, while the GPU draws it (frames that arrive meanwhile could not go up before it is done), or
  // else as the clip is shown. (Catching up as soon as the view was made held up the first frames instead;
  // waiting for an idle moment after the first picture found none before the decode ended.)
  let attentionOwed: (() => void) | null = null;
  let cancelCatchUp: (() => void) | null = null;
  const catchUpAttention = () => {
    cancelCatchUp?.();
    cancelCatchUp = null;
    attentionOwed?.();
  };
  // The clip decodes (in a worker) while the rest of the page is built: time to ready is mostly decoding.
  const clips = rememberFile(
    createClipController(store, {
      baseUrl: document.baseURI,
      maxTextureSize: host.maxTextureSize,
      // In an iframe (an embed on a course page), decode once it is on screen: the one being read comes first.
      whenVisible: () => (window.self === window.top ? null : whenOnScreen(document.documentElement)),
      workerAhead: window.self === window.top,
      decoding: decodeStarted.open,
      putFrames(shape, first, rgba) {
        host.putFrames(shape, first, rgba); // the first frame is drawn at once
        if (attentionOwed && !cancelCatchUp) {
          const timer = setTimeout(catchUpAttention);
          cancelCatchUp = () => clearTimeout(timer);
        }
      },
      viewIdle: host.idle,
      dropFrames: host.dropFrames,
      replaceShown: host.replaceShown,
      async show(clip) {
        shownVolume = clip.volume;
        // The attention figures first, if still owed: the page computes them while the GPU finishes the first
        // picture, which the upload below would wait for anyway.
        catchUpAttention();
        host.setVolume(clip.volume);
        // The default token is where this clip has detail: chosen now, so that the clip's first frame shows it
        // rather than a second frame (0.5-1 s in software WebGL) moving it once the page says ready.
        const { scene } = pageModel(store.get(), detailOf);
        if (scene) host.update(scene, store.get().params.cam);
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
  const latentFigure = createLatentFigure(tour.figure);
  const vectorFigure = createVectorFigure(tour.figure);
  const figuresFor = memoFigures();
  const detailFor = memoDetail();
  const detailOf = (input: Dims) => (shownVolume ? detailFor(shownVolume, input) : null);
  const readout = createReadout(overlay);
  // What the selected token, the slice and the packing look like sit right below the numbers they belong to.
  const strip = createStrip(overlay);
  const stripFor = memoStrip();
  const section = createSection(overlay);
  const sectionFor = memoSection();
  const packing = createPacking(overlay);
  createGlossary(overlay);
  const modelInfo = createModelInfo(overlay, (axis, value) => setParams(store, { [axis]: value }));
  const attention = createAttention(overlay, {
    setPattern: (attn, window) => setParams(store, window ? { attn, window } : { attn }),
    setWindow: (window) => setParams(store, { window }),
    usePreset(id) {
      // A row shows the model at the current input, so using it keeps that input.
      const preset = findPreset(id);
      const input = nominalInput(store.get().params, store.get().clip);
      if (preset) setParams(store, { ...presetParams(preset), preset: id, ...(input ?? {}) });
    },
  });
  const aspects = createAspects(overlay, (size) => setParams(store, size));
  const messages = createMessages(overlay, store, { cancelLoad: clips.cancel });
  const fileInput = createFileInput(overlay, clips.loadFile);
  const webcam = createWebcam(overlay, {
    onRecording: clips.loadFile,
    onError: (text) => store.set({ alert: { kind: 'text', text } }),
  });
  const dropZone = createDropZone(viewElement, clips.loadFile);
  const embedExtras = createEmbedExtras(overlay.parentElement ?? document.body, viewElement);
  createShare(required('masthead'), {
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

  const unpick = host.onPick((pos) => {
    const tok = currentTokenizer(store);
    if (tok) selectToken(store, pos, tok);
    // On a phone the readout sits below the view: bring the tapped token's inspector into sight.
    overlay.querySelector('[data-testid=token-inspector]')?.scrollIntoView({ block: 'nearest' });
  });
  const unhover = host.onHover((pos) => {
    const index = hoveredIndex(pos, currentTokenizer(store));
    const { hover, params } = store.get();
    const current = hover?.of === params ? hover.index : null;
    if (index !== current) store.set({ hover: index === null ? null : { of: params, index } });
  });
  const unpose = host.onPoseChange((pose) => setParams(store, { cam: clampCamera(pose) }));
  const unbindKeys = bindKeys(viewElement, {
    move(dt, dy, dx) {
      const tok = currentTokenizer(store);
      const selection = tok ? selectedToken(store.get().params, tok, autoToken(tok, detailOf(tok.input))) : null;
      if (tok && selection)
        selectToken(store, { t: selection.pos.t + dt, y: selection.pos.y + dy, x: selection.pos.x + dx }, tok);
    },
    zoom(factor) {
      const pose = store.get().params.cam ?? host.pose();
      if (pose) setParams(store, { cam: clampCamera({ ...pose, zoom: pose.zoom * factor }) });
    },
  });

  function render(state: AppState): void {
    const { params } = state;
    const page = pageModel(state, detailOf);
    document.documentElement.dataset.status = state.status;
    document.documentElement.dataset.theme = params.theme;
    document.body.classList.toggle('embed', params.embed);
    document.body.classList.toggle('view-stack', params.view === 'stack');
    embedExtras.update(params.embed, fullViewUrl(window.location.href, params));
    for (const part of HIDEABLE) document.body.classList.toggle(`hide-${part}`, page.hidden.includes(part));
    if (page.scene) host.update(page.scene, params.cam);
    const { section: cutFigure, tok, selection } = page;
    section.update(
      cutFigure && shownVolume
        ? { ...cutFigure, image: sectionFor(shownVolume, cutFigure.tok, cutFigure.cut, cutFigure.latent) }
        : null,
    );
    readout.update(state, { tok, selection, block: host.block(), exact: page.exact });
    modelInfo.update(page.modelInfo);
    const updateAttention = () => {
      attentionOwed = null;
      attention.update({
        spec: { pattern: params.attn, window: params.window },
        grid: page.grid,
        selected: selection,
        preset: page.preset,
        input: page.input,
      });
    };
    // Also while a later clip loads (progress shown): its mask would take 0.2 s of the page from the decode.
    if (state.status === 'loading' || state.progress !== null) attentionOwed = updateAttention;
    else updateAttention();
    strip.update(tok && selection && shownVolume ? stripFor(shownVolume, tok, selection.pos) : null, params.noise);
    const figures = tok && selection && shownVolume ? figuresFor(shownVolume, params.step, tok, selection.pos) : null;
    latentFigure.update(figures?.latent ?? null);
    vectorFigure.update(figures?.vector ?? null);
    aspects.update(tok);
    packing.update(page.packing);
    tour.update(params.step, page.tourChange);
    const clipLabel = clipName(
      state.clip?.source ?? params.clip,
      state.clip?.label ?? findBundledClip(params.clip)?.label,
    );
    viewElement.setAttribute('aria-label', describeView({ ...page.description, clipLabel }));
    panel.update(state, { input: page.input, tokenCount: page.count, selected: page.selection?.index ?? null });
    messages.update(state);
  }
  const unsubscribe = store.subscribe((state, prev) => {
    // Another language: rebuild the interface in it (the URL already says lang; the clip is decoded again).
    if (state.params.lang !== prev.params.lang) return void setTimeout(mountInLanguage);
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
  performance.mark('page-built'); // `npm run bench`: the page's own build, against the decode and the view
  // Precache for offline use once the first clip is settled, so it never competes with the first load.
  const unwatchSettled = store.subscribe((state) => {
    if (state.status === 'loading') return;
    unwatchSettled();
    decodeStarted.open(); // a load that failed before any frame
    registerServiceWorker();
  });
  postHeight();
  window.addEventListener('resize', postHeight);

  return () => {
    unwatchTagline();
    attentionOwed = null;
    cancelCatchUp?.();
    window.removeEventListener('resize', postHeight);
    unwatchSettled();
    unsubscribe();
    for (const unlisten of [unpick, unhover, unpose]) unlisten();
    unbindKeys();
    unbindUrl();
    unwatchView();
    dropZone.dispose();
    embedExtras.dispose();
    webcam.dispose();
    clips.dispose();
    panel.dispose();
    picker.dispose();
    host.dispose();
    for (const child of [...overlay.children]) if (!staticParts.has(child)) child.remove();
  };
}

// An embed below the fold (a course page loads a few lazy iframes at once) is built only once half of it is on
// screen: until then the one being read has the cores to itself. (Built as soon as any of it showed, the next
// embed's page and WebGL context, a sliver of it in view, held up the one being read by 0.3 s.)
let unmount: () => void = () => {};
/** Build the page (again) in the link's language: at once in English, else once its table has loaded. */
function mountInLanguage(): void {
  const ready = languageReady(decode(window.location.hash).params.lang);
  const build = () => {
    unmount();
    unmount = mount();
  };
  if (ready) void ready.then(build);
  else build();
}
if (window.self === window.top) mountInLanguage();
else void whenOnScreen(document.documentElement).then(mountInLanguage);
