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

const LATE_MS = 100;

interface Scheduled {
  readonly frame: number | null;
  readonly timer: ReturnType<typeof setTimeout>;
}

type Put = (shape: VolumeShape, first: number, rgba: Uint8Array) => void;

export function createUploadQueue(put: Put): UploadQueue {
  const waiting: { shape: VolumeShape; first: number; rgba: Uint8Array }[] = [];
  let scheduled: Scheduled | null = null;
  let spentMs = 0;
  let started = false; // a frame was handed on since the last clear

  // The next animation frame, or a task after at most LATE_MS when the page is too busy to draw (or has
  // no animation frames at all).
  const schedule = (callback: () => void): Scheduled => {
    const once = (): void => {
      if (scheduled !== handle) return; // cleared, or the other of the two came first
      unschedule(handle);
      callback();
    };
    const handle: Scheduled = {
      frame: typeof requestAnimationFrame === 'function' ? requestAnimationFrame(once) : null,
      timer: setTimeout(once, LATE_MS),
    };
    return handle;
  };
  const unschedule = ({ frame, timer }: Scheduled): void => {
    if (frame !== null) cancelAnimationFrame(frame);
    clearTimeout(timer);
  };

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
    started = false;
  }

  return {
    push(shape, first, rgba) {
      waiting.push({ shape, first, rgba });
      if (!started) {
        // The first frame goes at once: the picture starts with it, even while the page is too busy to animate.
        started = true;
        step();
      } else scheduled ??= schedule(step);
    },
    clear,
    get spentMs() {
      return spentMs;
    },
  };
}
