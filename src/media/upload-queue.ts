// Frames on their way to the view, handed on at most one an animation frame. In software WebGL an upload
// takes 20–25 ms; done as each frame arrives, it held up the page's handling of the next one and so the
// end of the decode. Now the decode never waits for an upload: frames not yet handed on when the clip is
// whole go up with it, in one call a run.
import type { VolumeShape } from '../model/budget';

export interface UploadQueue {
  push(shape: VolumeShape, first: number, rgba: Uint8Array): void;
  /** Forget the frames not yet handed on. */
  clear(): void;
  /** Milliseconds spent handing frames on so far. */
  readonly spentMs: number;
}

type Put = (shape: VolumeShape, first: number, rgba: Uint8Array) => void;

export function createUploadQueue(put: Put): UploadQueue {
  const waiting: { shape: VolumeShape; first: number; rgba: Uint8Array }[] = [];
  let scheduled: number | null = null;
  let spentMs = 0;

  // Without animation frames (no document), a task a frame.
  const schedule = (callback: () => void): number =>
    typeof requestAnimationFrame === 'function'
      ? requestAnimationFrame(callback)
      : (setTimeout(callback, 16) as unknown as number);
  const unschedule = (id: number): void =>
    typeof cancelAnimationFrame === 'function' ? cancelAnimationFrame(id) : clearTimeout(id);

  function step(): void {
    scheduled = null;
    const item = waiting.shift();
    if (!item) return;
    const t0 = performance.now();
    put(item.shape, item.first, item.rgba);
    spentMs += performance.now() - t0;
    if (waiting.length > 0) scheduled = schedule(step);
  }

  function clear(): void {
    if (scheduled !== null) unschedule(scheduled);
    scheduled = null;
    waiting.length = 0;
  }

  return {
    push(shape, first, rgba) {
      waiting.push({ shape, first, rgba });
      scheduled ??= schedule(step);
    },
    clear,
    get spentMs() {
      return spentMs;
    },
  };
}
