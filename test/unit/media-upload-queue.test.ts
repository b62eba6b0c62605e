// Frames go to the view in runs: the first at once, the rest together, one call a run of consecutive frames,
// spaced so that uploads take at most about half of the page's time.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { VolumeShape } from '../../src/model/budget';
import { createUploadQueue, runsOf } from '../../src/media/upload-queue';

const shape: VolumeShape = { frames: 6, heightPx: 1, widthPx: 2 }; // 8 bytes a frame
const FRAME = 8;

/** The volume and frame `i` of it, filled with i + 1 so that a run's bytes say which frames it holds. */
function volume(): Uint8Array {
  const rgba = new Uint8Array(shape.frames * FRAME);
  for (let i = 0; i < shape.frames; i++) rgba.fill(i + 1, i * FRAME, (i + 1) * FRAME);
  return rgba;
}
const frameOf = (rgba: Uint8Array, i: number) => rgba.subarray(i * FRAME, (i + 1) * FRAME);

describe('runsOf', () => {
  it('joins consecutive views of one buffer into one view, without a copy', () => {
    const rgba = volume();
    const [run, ...rest] = runsOf([0, 1, 2].map((i) => ({ shape, first: i, rgba: frameOf(rgba, i) })));
    expect(rest).toEqual([]);
    expect(run!.first).toBe(0);
    expect(run!.rgba.buffer).toBe(rgba.buffer);
    expect(run!.rgba.byteOffset).toBe(0);
    expect(run!.rgba.length).toBe(3 * FRAME);
  });

  it('copies frames of separate buffers into one run, and splits at a gap or another shape', () => {
    const own = (i: number) => new Uint8Array(FRAME).fill(i + 1);
    const other: VolumeShape = { frames: 6, heightPx: 2, widthPx: 1 };
    const runs = runsOf([
      { shape, first: 0, rgba: own(0) },
      { shape, first: 1, rgba: own(1) },
      { shape, first: 3, rgba: own(3) },
      { shape: other, first: 4, rgba: own(4) },
    ]);
    expect(runs.map((run) => [run.first, [...new Set(run.rgba)]])).toEqual([
      [0, [1, 2]],
      [3, [4]],
      [4, [5]],
    ]);
  });
});

describe('the upload queue', () => {
  beforeEach(() => {
    vi.useFakeTimers();
    vi.stubGlobal('performance', { now: () => Date.now() });
  });
  afterEach(() => {
    vi.useRealTimers();
    vi.unstubAllGlobals();
  });

  it('hands the first frame on at once and the next ones together, no sooner than the last call took', () => {
    const rgba = volume();
    const calls: [number, number][] = [];
    const queue = createUploadQueue((_, first, run) => {
      calls.push([first, run.length / FRAME]);
      vi.advanceTimersByTime(5); // each call takes 5 ms
    });
    queue.push(shape, 0, frameOf(rgba, 0));
    expect(calls).toEqual([[0, 1]]);
    for (const i of [1, 2, 3]) queue.push(shape, i, frameOf(rgba, i));
    vi.advanceTimersByTime(4); // not before 5 ms after the first call
    expect(calls).toEqual([[0, 1]]);
    vi.advanceTimersByTime(1 + 100); // then at an animation frame, or 100 ms later without one
    expect(calls).toEqual([
      [0, 1],
      [1, 3],
    ]);
    expect(queue.calls).toBe(2);
    expect(queue.spentMs).toBe(10);
  });

  it('waits no longer than 0.4 s after a slow call (the first one also allocates the texture)', () => {
    const rgba = volume();
    const firsts: number[] = [];
    const queue = createUploadQueue((_, first) => {
      firsts.push(first);
      vi.advanceTimersByTime(first === 0 ? 500 : 1);
    });
    queue.push(shape, 0, frameOf(rgba, 0));
    queue.push(shape, 1, frameOf(rgba, 1));
    vi.advanceTimersByTime(399);
    expect(firsts).toEqual([0]);
    vi.advanceTimersByTime(1 + 100);
    expect(firsts).toEqual([0, 1]);
  });

  it('forgets the frames still waiting when cleared, and starts again at once', () => {
    const rgba = volume();
    const firsts: number[] = [];
    const queue = createUploadQueue((_, first) => firsts.push(first));
    queue.push(shape, 0, frameOf(rgba, 0));
    queue.push(shape, 1, frameOf(rgba, 1));
    queue.clear();
    vi.advanceTimersByTime(1_000);
    expect(firsts).toEqual([0]);
    queue.push(shape, 0, frameOf(rgba, 0));
    expect(firsts).toEqual([0, 0]);
  });
});
