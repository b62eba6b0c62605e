// The clip controller decodes for the usual texture limit while the view is built, and again for a GPU that
// takes less. loadClip is replaced: this is about the controller's decisions, not decoding.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { USUAL_MAX_TEXTURE_SIZE } from '../../src/config';
import type { LoadOptions, LoadResult } from '../../src/media/types';
import { createAppStore, setParams } from '../../src/state/app';
import { defaultParams } from '../../src/state/params';

const loadClip = vi.fn<(source: Blob | string, options: LoadOptions) => Promise<LoadResult>>();
const prepareWorker = vi.fn();
const dropPreparedWorker = vi.fn();
vi.mock('../../src/media/off-thread', () => ({
  loadClip: (source: Blob | string, options: LoadOptions) => loadClip(source, options),
  prepareWorker: () => prepareWorker(),
  dropPreparedWorker: () => dropPreparedWorker(),
}));
const { createClipController } = await import('../../src/media/controller');
const BROKEN = { kind: 'corrupt' } as const;

/** A decoded clip whose volume is as wide as the texture limit it was decoded for, up to 1280 px. */
function decodedFor(options: LoadOptions, damagedFrames = 0): LoadResult {
  const widthPx = Math.min(1280, options.maxTextureSize);
  const heightPx = Math.round((widthPx * 9) / 16);
  return {
    ok: true,
    clip: {
      displayWidthPx: 1280,
      displayHeightPx: 720,
      frameCount: 16,
      durationSec: 1,
      fps: 16,
      damagedFrames,
      volume: { frames: 16, heightPx, widthPx, rgba: new Uint8Array(4) },
    },
  };
}

async function loadWithLimit(limit: number) {
  const store = createAppStore(defaultParams(), []);
  const shown: number[] = [];
  const controller = createClipController(store, {
    baseUrl: 'https://app.example/',
    maxTextureSize: () => Promise.resolve(limit),
    putFrames: () => {},
    dropFrames: () => {},
    show: async (clip) => void shown.push(clip.volume.widthPx),
  });
  controller.start();
  await vi.waitFor(() => expect(store.get().status).toBe('ready'));
  controller.dispose();
  return { shown, limits: loadClip.mock.calls.map(([, options]) => options.maxTextureSize) };
}

describe('decoding for the view’s texture limit', () => {
  beforeEach(() => {
    loadClip.mockReset();
    loadClip.mockImplementation(async (_source, options) => decodedFor(options));
  });

  it('decodes once when the GPU takes the usual size', async () => {
    expect(await loadWithLimit(4096)).toEqual({ shown: [1280], limits: [USUAL_MAX_TEXTURE_SIZE] });
  });

  it('decodes again, for its own limit, on a GPU that takes less than the clip came out at', async () => {
    expect(await loadWithLimit(512)).toEqual({ shown: [512], limits: [USUAL_MAX_TEXTURE_SIZE, 512] });
  });

  it('keeps the first decode when it already fits a smaller limit', async () => {
    expect(await loadWithLimit(1280)).toEqual({ shown: [1280], limits: [USUAL_MAX_TEXTURE_SIZE] });
  });
});

describe('frames handed to the view while decoding', () => {
  const SHAPE = { frames: 2, heightPx: 1, widthPx: 1 };

  beforeEach(() => {
    loadClip.mockReset(); // (braces: a function returned from beforeEach would run as its cleanup)
  });

  /** `viewMade`: when the view is made (maxTextureSize resolves); at once by default. */
  function controllerWithLog(
    viewMade: Promise<unknown> = Promise.resolve(),
    viewIdle: () => boolean = () => true,
    workerAhead = false,
  ) {
    const store = createAppStore(defaultParams(), []);
    const log: string[] = [];
    const controller = createClipController(store, {
      baseUrl: 'https://app.example/',
      maxTextureSize: () => viewMade.then(() => 4096),
      // The first frame handed on, and how many frames came with it in one call.
      putFrames: (_shape, first, rgba) => void log.push(`put ${first}:${rgba[0]}×${rgba.length / 4}`),
      dropFrames: () => void log.push('drop'),
      replaceShown: () => void log.push('in place'),
      viewIdle: () => viewIdle(),
      show: async () => void log.push('show'),
      workerAhead,
    });
    return { store, log, controller };
  }

  // Once the view is made, the first frame goes to it at once, the rest at an animation frame (here, without a
  // document, a 100 ms task), together.
  const aFewFrames = () => new Promise((resolve) => setTimeout(resolve, 400));
  const aTask = () => new Promise((resolve) => setTimeout(resolve, 0));

  it('forwards each frame, after dropping what an earlier decode left, then shows the clip', async () => {
    loadClip.mockImplementation(async (_source, options) => {
      await aTask(); // the view is made
      options.onFrames?.(SHAPE, 0, new Uint8Array([7, 7, 7, 7]));
      await aFewFrames();
      options.onFrames?.(SHAPE, 1, new Uint8Array([8, 8, 8, 8]));
      await aFewFrames();
      return decodedFor(options);
    });
    const { store, log, controller } = controllerWithLog();
    controller.start();
    await vi.waitFor(() => expect(store.get().status).toBe('ready'));
    expect(log).toEqual(['drop', 'in place', 'put 0:7×1', 'put 1:8×1', 'show']);
    controller.dispose();
  });

  it("grows a bundled clip in place, but not a link's clip or the user's own file", async () => {
    loadClip.mockImplementation(async (_source, options) => decodedFor(options));
    const own = controllerWithLog();
    own.controller.loadFile(new File([new Uint8Array(8)], 'own.mp4'));
    await vi.waitFor(() => expect(own.store.get().status).toBe('ready'));
    expect(own.log).toEqual(['drop', 'show']);
    own.controller.dispose();
    const linked = controllerWithLog();
    setParams(linked.store, { clip: 'https://clips.example/lesson.mp4' });
    linked.controller.start();
    await vi.waitFor(() => expect(linked.store.get().status).toBe('ready'));
    expect(linked.log).toEqual(['drop', 'show']);
    linked.controller.dispose();
  });

  it('holds frames while the view is busy drawing, and hands them on together once it is done', async () => {
    let busy = true;
    loadClip.mockImplementation(async (_source, options) => {
      await aTask(); // the view is made
      options.onFrames?.(SHAPE, 0, new Uint8Array([7, 7, 7, 7]));
      options.onFrames?.(SHAPE, 1, new Uint8Array([8, 8, 8, 8]));
      await aFewFrames();
      busy = false;
      await aFewFrames();
      return decodedFor(options);
    });
    const { store, log, controller } = controllerWithLog(Promise.resolve(), () => !busy);
    controller.start();
    await aFewFrames();
    expect(log).toEqual(['drop', 'in place']); // nothing went while the view was busy
    await vi.waitFor(() => expect(store.get().status).toBe('ready'));
    expect(log).toEqual(['drop', 'in place', 'put 0:7×2', 'show']);
    controller.dispose();
  });

  it("starts the next load's worker once the page is idle after a load, where asked to, and ends it with the page", async () => {
    prepareWorker.mockClear();
    dropPreparedWorker.mockClear();
    loadClip.mockImplementation(async (_source, options) => decodedFor(options));
    for (const workerAhead of [false, true]) {
      const { store, controller } = controllerWithLog(Promise.resolve(), () => true, workerAhead);
      controller.start();
      await vi.waitFor(() => expect(store.get().status).toBe('ready'));
      await new Promise((resolve) => setTimeout(resolve, 200)); // no idle callbacks here: a short timer
      expect(prepareWorker).toHaveBeenCalledTimes(workerAhead ? 1 : 0);
      controller.dispose();
    }
    expect(dropPreparedWorker).toHaveBeenCalled();
  });

  it('holds the frames decoded before the view is made; then they go at once, together', async () => {
    let makeView = () => {};
    const viewMade = new Promise<void>((resolve) => (makeView = resolve));
    loadClip.mockImplementation(async (_source, options) => {
      const shape = { ...SHAPE, frames: 3 };
      options.onFrames?.(shape, 0, new Uint8Array([7, 7, 7, 7]));
      options.onFrames?.(shape, 1, new Uint8Array([8, 8, 8, 8]));
      options.onFrames?.(shape, 2, new Uint8Array([9, 9, 9, 9]));
      await aFewFrames();
      return decodedFor(options);
    });
    const { store, log, controller } = controllerWithLog(viewMade);
    controller.start();
    await aTask();
    expect(log).toEqual(['drop', 'in place']);
    makeView();
    await vi.waitFor(() => expect(store.get().status).toBe('ready'));
    expect(log).toEqual(['drop', 'in place', 'put 0:7×3', 'show']);
    controller.dispose();
  });

  it('says the decoder is running at its first frame, while the frames still wait for the view', async () => {
    let makeView = () => {};
    const viewMade = new Promise<void>((resolve) => (makeView = resolve));
    let frameCame = () => {};
    const decoded = new Promise<void>((resolve) => (frameCame = resolve));
    loadClip.mockImplementation(async (_source, options) => {
      await aTask();
      options.onFrames?.(SHAPE, 0, new Uint8Array([7, 7, 7, 7]));
      frameCame();
      await viewMade;
      return decodedFor(options);
    });
    const store = createAppStore(defaultParams(), []);
    const log: string[] = [];
    const controller = createClipController(store, {
      baseUrl: 'https://app.example/',
      maxTextureSize: () => viewMade.then(() => 4096),
      decoding: () => void log.push('decoding'),
      putFrames: (_shape, first) => void log.push(`put ${first}`),
      dropFrames: () => {},
      show: async () => void log.push('show'),
    });
    controller.start();
    await decoded;
    expect(log).toEqual(['decoding']); // the view that waits for this is not made yet: nothing is put
    makeView();
    await vi.waitFor(() => expect(store.get().status).toBe('ready'));
    expect(log).toEqual(['decoding', 'put 0', 'decoding', 'show']);
    controller.dispose();
  });

  it('says so too when a decode ends without handing on frames (an image), so the view waits no longer', async () => {
    loadClip.mockImplementation(async (_source, options) => decodedFor(options));
    let viewMade = () => {};
    const made = new Promise<void>((resolve) => (viewMade = resolve));
    const store = createAppStore(defaultParams(), []);
    const controller = createClipController(store, {
      baseUrl: 'https://app.example/',
      maxTextureSize: () => made.then(() => 4096),
      decoding: viewMade, // as main.ts: the view is made once the decoder ran
      putFrames: () => {},
      dropFrames: () => {},
      show: async () => {},
    });
    controller.start();
    await vi.waitFor(() => expect(store.get().status).toBe('ready'));
    controller.dispose();
  });

  it('never holds up the decode: frames not yet handed on when it ends go up with the whole clip', async () => {
    loadClip.mockImplementation(async (_source, options) => {
      await aTask(); // the view is made
      options.onFrames?.(SHAPE, 0, new Uint8Array([7, 7, 7, 7]));
      options.onFrames?.(SHAPE, 1, new Uint8Array([8, 8, 8, 8]));
      return decodedFor(options);
    });
    const { store, log, controller } = controllerWithLog();
    controller.start();
    await vi.waitFor(() => expect(store.get().status).toBe('ready'));
    await aFewFrames();
    expect(log).toEqual(['drop', 'in place', 'put 0:7×1', 'show']);
    controller.dispose();
  });

  it('drops the frames of a decode that failed, and ignores late frames of one a newer load replaced', async () => {
    let lateFrames: LoadOptions['onFrames'];
    loadClip.mockImplementationOnce(async (_source, options) => {
      lateFrames = options.onFrames;
      return new Promise<LoadResult>(() => {}); // still decoding when the user picks another file
    });
    loadClip.mockImplementationOnce(async (_source, options) => {
      options.onFrames?.(SHAPE, 0, new Uint8Array([5, 5, 5, 5]));
      await aFewFrames();
      return { ok: false, message: BROKEN };
    });
    const { store, log, controller } = controllerWithLog();
    controller.start();
    await vi.waitFor(() => expect(loadClip).toHaveBeenCalledTimes(1));
    controller.loadFile(new File(['x'], 'broken.mp4'));
    await vi.waitFor(() => expect(store.get().alert).toBe(BROKEN));
    lateFrames?.(SHAPE, 1, new Uint8Array([9, 9, 9, 9]));
    await aFewFrames();
    // The bundled clip grew in place; the file does not (the bundled clip's frames so far stay meanwhile).
    expect(log).toEqual(['drop', 'in place', 'drop', 'put 0:5×1', 'drop']);
    controller.dispose();
  });
});

describe('a damaged file', () => {
  beforeEach(() => {
    loadClip.mockReset();
  });

  it('says in a note, not an alert, how many frames were filled; the note goes when another clip comes', async () => {
    const urlNote = { kind: 'clamped', key: 'w', raw: '9999', value: '4096' } as const;
    const store = createAppStore(defaultParams(), [urlNote]);
    const controller = createClipController(store, {
      baseUrl: 'https://app.example/',
      maxTextureSize: () => Promise.resolve(4096),
      putFrames: () => {},
      dropFrames: () => {},
      show: async () => {},
    });
    loadClip.mockImplementationOnce(async (_source, options) => decodedFor(options, 3));
    controller.start();
    await vi.waitFor(() => expect(store.get().status).toBe('ready'));
    expect(store.get().alert).toBeNull();
    expect(store.get().notes).toEqual([urlNote, { kind: 'damagedFrames', damaged: 3, total: 16 }]);

    loadClip.mockImplementationOnce(async (_source, options) => decodedFor(options));
    controller.loadFile(new File(['x'], 'fine.mp4'));
    await vi.waitFor(() => expect(store.get().params.clip).toBe('local'));
    expect(store.get().notes).toEqual([urlNote]);
    controller.dispose();
  });
});

describe('an embed off screen', () => {
  beforeEach(() => {
    loadClip.mockReset();
    loadClip.mockImplementation(async (_source, options) => decodedFor(options));
  });

  it('starts decoding only once it is near the viewport', async () => {
    let show = (): void => {};
    const visible = new Promise<void>((resolve) => (show = resolve));
    const store = createAppStore(defaultParams(), []);
    const controller = createClipController(store, {
      baseUrl: 'https://app.example/',
      maxTextureSize: () => Promise.resolve(4096),
      putFrames: () => {},
      dropFrames: () => {},
      show: async () => {},
      whenVisible: () => visible,
    });
    controller.start();
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(loadClip).not.toHaveBeenCalled();
    show();
    await vi.waitFor(() => expect(store.get().status).toBe('ready'));
    expect(loadClip).toHaveBeenCalledTimes(1);
    controller.dispose();
  });
});

describe('the clip’s shape from its container, before any frame', () => {
  const META = { displayWidthPx: 320, displayHeightPx: 240, frameCount: 12, fps: 24 };

  beforeEach(() => {
    loadClip.mockReset();
  });

  function controllerFor(store: ReturnType<typeof createAppStore>) {
    return createClipController(store, {
      baseUrl: 'https://app.example/',
      maxTextureSize: () => Promise.resolve(4096),
      putFrames: () => {},
      dropFrames: () => {},
      show: async () => {},
    });
  }

  it('is in the store while a clip URL decodes, when nothing is on screen yet', async () => {
    let finish: (result: LoadResult) => void = () => {};
    loadClip.mockImplementation((_source, options) => {
      options.onMeta?.(META);
      return new Promise<LoadResult>((resolve) => (finish = () => resolve(decodedFor(options))));
    });
    const store = createAppStore({ ...defaultParams(), clip: 'https://clips.example/a.mp4' }, []);
    const controller = controllerFor(store);
    controller.start();
    await vi.waitFor(() => expect(store.get().clip).not.toBeNull());
    expect(store.get().status).toBe('loading');
    expect(store.get().clip).toMatchObject({ source: 'https://clips.example/a.mp4', widthPx: 320, frames: 12 });
    finish(decodedFor({ budgetBytes: 0, maxTextureSize: 4096, maxFrames: 0 }));
    await vi.waitFor(() => expect(store.get().status).toBe('ready'));
    expect(store.get().clip).toMatchObject({ widthPx: 1280, frames: 16 }); // the decoded clip's own figures
    controller.dispose();
  });

  it('goes again when that load fails, and the default clip is loaded instead', async () => {
    loadClip.mockImplementationOnce(async (_source, options) => {
      options.onMeta?.(META);
      await new Promise((resolve) => setTimeout(resolve, 20));
      return { ok: false, message: BROKEN };
    });
    loadClip.mockImplementation(async (_source, options) => decodedFor(options));
    const store = createAppStore({ ...defaultParams(), clip: 'https://clips.example/a.mp4' }, []);
    const seen: (number | null)[] = [];
    store.subscribe((state) => seen.push(state.clip?.widthPx ?? null));
    const controller = controllerFor(store);
    controller.start();
    await vi.waitFor(() => expect(store.get().status).toBe('ready'));
    expect(store.get().alert).toBe(BROKEN);
    expect(seen).toContain(320);
    expect(seen[seen.indexOf(320) + 1]).toBeNull(); // removed before anything else
    expect(store.get().clip).toMatchObject({ widthPx: 1280 });
    controller.dispose();
  });

  it('waits while another clip is on screen: that one and its numbers stay until the new one is whole', async () => {
    let finish: () => void = () => {};
    loadClip.mockImplementationOnce(async (_source, options) => decodedFor(options));
    loadClip.mockImplementationOnce((_source, options) => {
      options.onMeta?.(META);
      return new Promise<LoadResult>((resolve) => (finish = () => resolve(decodedFor(options))));
    });
    const store = createAppStore(defaultParams(), []);
    const controller = controllerFor(store);
    controller.start();
    await vi.waitFor(() => expect(store.get().status).toBe('ready'));
    const first = store.get().clip;
    controller.loadFile(new File(['x'], 'mine.mp4'));
    await vi.waitFor(() => expect(loadClip).toHaveBeenCalledTimes(2));
    expect(store.get().clip).toBe(first);
    finish();
    await vi.waitFor(() => expect(store.get().clip?.label).toBe('mine.mp4'));
    controller.dispose();
  });
});
