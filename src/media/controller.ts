// Which clip is on screen. It follows params.clip, loads the user's files, and turns every failure into
// an alert while the clip already shown stays (status stays 'ready').
import { MAX_VOLUME_FRAMES, USUAL_MAX_TEXTURE_SIZE, VOLUME_BUDGET_BYTES } from '../config';
import type { VolumeShape } from '../model/budget';
import { type AppStore, type ClipInfo, setParams } from '../state/app';
import { DEFAULT_CLIP_ID, findBundledClip } from '../state/clips';
import type { Message } from '../state/messages';
import { LOCAL_CLIP, type Params } from '../state/params';
import type { DecodedClip } from './decode';
import { whenIdle } from '../state/idle';
import { dropPreparedWorker, loadClip, prepareWorker } from './off-thread';
import { createUploadQueue } from './upload-queue';

/** The longest wait for an idle moment before starting the next load's worker anyway. */
const IDLE_WAIT_MS = 2_000;

export interface ClipControllerDeps {
  readonly baseUrl: string;
  /** Largest 3D texture side the view takes (known once the view is built). */
  maxTextureSize(): Promise<number>;
  /** Frames of the clip being decoded, as they come: the view uploads them while the rest decodes. */
  putFrames(shape: VolumeShape, first: number, rgba: Uint8Array): void;
  /** Frames of the load are here (before `putFrames`, which waits for the view), or it ended: its decoder ran. */
  decoding?(): void;
  /** Whether frames put now go up at once (false while the view's GPU is busy drawing: they wait). */
  viewIdle?(): boolean;
  /** Forget the frames put so far: a new decode starts, or this one failed (the clip on screen stays). */
  dropFrames(): void;
  /**
   * Until the next `show` or `dropFrames`, the view draws the frames put so far instead of the clip on screen:
   * a bundled clip, whose numbers are on screen at once, grows in place.
   */
  replaceShown?(): void;
  /** Hand the frames to the view; resolves once they are on screen. */
  show(clip: DecodedClip): Promise<void>;
  /**
   * Decoding waits for this (an embed, until it is on screen); absent or null: the decode starts at once, in
   * the same task, and so while the rest of the page is being built rather than after it.
   */
  whenVisible?(): Promise<void> | null;
  /**
   * After each load, once the page is idle, start the next load's decode worker ahead (the next clip starts
   * sooner). Off for embeds: a course page with a dozen of them would hold a dozen idle workers.
   */
  readonly workerAhead?: boolean;
}

export interface ClipController {
  start(): void;
  loadFile(file: File): void;
  cancel(): void;
  dispose(): void;
}

export function createClipController(store: AppStore, deps: ClipControllerDeps): ClipController {
  let pending: AbortController | null = null;
  let requested: string | null = null; // the clip param being loaded
  let fallingBack = false; // the next load replaces a failed first clip
  let damageNote: Message | null = null; // the note about the shown clip's damaged frames, if any
  // The clip being decoded, put in the store from its container's metadata when nothing was on screen: the
  // numbers and the growing picture come at once. It goes again if that load fails or another replaces it.
  let early: ClipInfo | null = null;
  let cancelIdle: (() => void) | null = null;

  /** `task` once the page has been idle a moment (the clip just loaded is drawn first); once, the last asked. */
  function afterLoad(task: () => void): void {
    cancelIdle?.();
    cancelIdle = whenIdle(() => {
      cancelIdle = null;
      if (!pending) task(); // a load that started meanwhile took a worker of its own
    }, IDLE_WAIT_MS);
  }

  function forgetEarly(): void {
    if (early && store.get().clip === early) store.set({ clip: null });
    early = null;
  }

  async function load(
    source: Blob | string,
    info: Omit<ClipInfo, 'widthPx' | 'heightPx' | 'frames' | 'fps'>,
    fallback = false,
    inPlace = false,
  ): Promise<void> {
    pending?.abort();
    forgetEarly();
    const abort = new AbortController();
    pending = abort;
    requested = info.source;
    const local = info.source === LOCAL_CLIP;
    // A new choice clears the last failure; the fallback after a failed link keeps it on screen.
    store.set((state) => ({ progress: 0, alert: fallback ? state.alert : null }));
    // Frames go to the view in runs, never holding up the decode (upload-queue.ts); a newer load drops them.
    const uploads = createUploadQueue(deps.putFrames, deps.viewIdle);
    uploads.holdUntil(deps.maxTextureSize()); // resolves once the view is made (or can't be)
    let coming: ClipInfo | null = null; // this clip, in the store before it is whole (see `early`)
    abort.signal.addEventListener('abort', uploads.clear, { once: true });
    const decode = (maxTextureSize: number) => {
      uploads.clear();
      deps.dropFrames();
      if (inPlace) deps.replaceShown?.();
      return loadClip(source, {
        budgetBytes: VOLUME_BUDGET_BYTES,
        maxTextureSize,
        maxFrames: MAX_VOLUME_FRAMES,
        signal: abort.signal,
        onProgress: (fraction) => {
          if (pending === abort) store.set({ progress: fraction });
        },
        onFrames: (shape, first, rgba) => {
          if (pending !== abort) return;
          deps.decoding?.();
          uploads.push(shape, first, rgba);
        },
        onMeta: (meta) => {
          // A later load leaves the clip on screen, and its numbers, until the new one is whole (README).
          if (pending !== abort || store.get().clip !== null) return;
          coming = {
            ...info,
            widthPx: meta.displayWidthPx,
            heightPx: meta.displayHeightPx,
            frames: meta.frameCount,
            fps: meta.fps,
          };
          early = coming;
          const shown = coming;
          store.set((state) => ({ clip: shown, params: local ? localParams(state.params, shown) : state.params }));
        },
      });
    };
    const visible = deps.whenVisible?.();
    if (visible) await visible;
    if (pending !== abort) return; // a newer load took over while this one waited
    performance.mark('decode-start'); // `npm run bench` compares time to ready with decoding alone
    // The view's texture limit comes with its WebGL context, which is built meanwhile: decode for the usual
    // limit, and again for its own on the rare GPU that takes less.
    let result = await decode(USUAL_MAX_TEXTURE_SIZE);
    if (pending === abort) deps.decoding?.(); // also where no frame came on its own (an image: the whole volume)
    performance.measure('decode', 'decode-start');
    if (result.ok && result.clip.timings)
      performance.mark('decode-timings', {
        detail: { ...result.clip.timings, uploadMs: uploads.spentMs, uploadCalls: uploads.calls },
      });
    if (result.ok && pending === abort) {
      const limit = await deps.maxTextureSize();
      const { volume } = result.clip;
      if (Math.max(volume.frames, volume.heightPx, volume.widthPx) > limit) result = await decode(limit);
    }
    uploads.clear(); // the frames not yet on the view go up with the whole clip
    if (pending !== abort) return; // a newer load took over (and dropped these frames)
    pending = null;
    requested = null;
    if (deps.workerAhead) afterLoad(prepareWorker); // after what follows: idle callbacks wait for a quiet page
    if (!result.ok) {
      forgetEarly();
      deps.dropFrames();
      return fail(result.cancelled ? null : result.message);
    }
    const { clip } = result;
    const loaded: ClipInfo = {
      ...info,
      widthPx: clip.displayWidthPx,
      heightPx: clip.displayHeightPx,
      frames: clip.frameCount,
      fps: clip.fps,
    };
    // The failure sentences are a lazy chunk, needed here only for a damaged file.
    const note = clip.damagedFrames > 0 ? (await import('./errors')).damagedFramesNote : null;
    await deps.show(clip);
    if (early === coming) early = null;
    const lastNote = damageNote;
    damageNote = note?.(clip.damagedFrames, clip.volume.frames) ?? null;
    store.set((state) => ({
      // The note about a clip's damaged frames goes with that clip.
      notes: [...state.notes.filter((note) => note !== lastNote), ...(damageNote ? [damageNote] : [])],
      clip: loaded,
      status: 'ready',
      progress: null,
      params: local ? localParams(state.params, loaded) : state.params,
    }));
  }

  /** The user's own clip in the params: its size is the model's input (a link can't carry the file). */
  function localParams(params: Params, clip: ClipInfo): Params {
    return { ...params, clip: LOCAL_CLIP, w: clip.widthPx, h: clip.heightPx, t: clip.frames, token: null };
  }

  /** Keep what is on screen; point the params back at it so the URL and panel stay true. */
  function fail(message: Message | null): void {
    const shown = store.get().clip;
    store.set((state) => ({
      progress: null,
      alert: message ?? state.alert,
      status: shown ? 'ready' : state.status,
      params: shown ? { ...state.params, clip: shown.source } : state.params,
    }));
    if (shown) return;
    if (store.get().params.clip === DEFAULT_CLIP_ID) return store.set({ status: 'error' });
    fallingBack = true;
    setParams(store, { clip: DEFAULT_CLIP_ID, w: null, h: null, t: null });
  }

  function follow(clipParam: string): void {
    if (clipParam === requested || clipParam === store.get().clip?.source) return;
    if (clipParam === LOCAL_CLIP) {
      // A link can't carry the user's file; it never leaves their browser.
      store.set({ alert: { kind: 'localLink' } });
      fallingBack = store.get().clip === null;
      setParams(store, { clip: store.get().clip?.source ?? DEFAULT_CLIP_ID, w: null, h: null, t: null });
      return;
    }
    const bundled = findBundledClip(clipParam);
    const url = bundled ? new URL(bundled.file, deps.baseUrl).href : clipParam;
    // A bundled clip's shape, and so its numbers, are known before it loads: it grows in place, on its own grid.
    // A link's clip and a file are known only once whole: the clip on screen stays until then.
    void load(url, { source: clipParam, label: bundled?.label ?? clipParam }, fallingBack, bundled !== undefined);
    fallingBack = false;
  }

  const unsubscribe = store.subscribe((state, prev) => {
    if (state.params.clip !== prev.params.clip) follow(state.params.clip);
  });

  return {
    start: () => follow(store.get().params.clip),
    loadFile: (file) => void load(file, { source: LOCAL_CLIP, label: file.name }),
    cancel: () => pending?.abort(),
    dispose() {
      unsubscribe();
      pending?.abort();
      cancelIdle?.();
      dropPreparedWorker();
    },
  };
}
