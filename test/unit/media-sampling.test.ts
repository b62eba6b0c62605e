import { describe, expect, it } from 'vitest';
import {
  evenIndices,
  fillMissing,
  judgeFrames,
  resumeIndex,
  sampleSlots,
  sampleTimes,
  timeInSlot,
} from '../../src/media/sampling';

describe('sampleTimes', () => {
  it('takes frame middles, offset by the track start', () => {
    expect(sampleTimes(0, 49 / 16, 49)[0]).toBeCloseTo(1 / 32);
    expect(sampleTimes(0, 49 / 16, 49)[48]).toBeCloseTo(49 / 16 - 1 / 32);
    expect(sampleTimes(1, 2, 2)).toEqual([1.5, 2.5]);
  });
  it('repeats the start for a clip without duration', () => {
    expect(sampleTimes(0.25, 0, 3)).toEqual([0.25, 0.25, 0.25]);
  });
});

describe('sampleSlots and timeInSlot', () => {
  it('cuts a 10-minute clip into equal slices that cover it', () => {
    const slots = sampleSlots(0.5, 600, 128);
    expect(slots).toHaveLength(128);
    expect(slots[0]).toEqual({ startSec: 0.5, endSec: 0.5 + 600 / 128 });
    expect(slots[127]!.endSec).toBeCloseTo(600.5);
    expect(slots.every((slot, i) => i === 0 || slot.startSec === slots[i - 1]!.endSec)).toBe(true);
  });
  it('takes a key frame inside the slice, else the middle', () => {
    const slot = { startSec: 10, endSec: 15 };
    expect(timeInSlot(slot, 12)).toBe(12);
    expect(timeInSlot(slot, 10)).toBe(10);
    expect(timeInSlot(slot, 8)).toBe(12.5); // the last key frame is in an earlier slice
    expect(timeInSlot(slot, null)).toBe(12.5);
  });
  it('keeps the chosen times in order, one per slice', () => {
    const keys = [0, 7, 9, 30, 31, 58];
    const lastKeyBefore = (t: number) => keys.filter((k) => k < t).at(-1) ?? null;
    const times = sampleSlots(0, 60, 6).map((slot) => timeInSlot(slot, lastKeyBefore(slot.endSec)));
    expect(times).toEqual([9, 15, 25, 31, 45, 58]);
  });
});

describe('evenIndices', () => {
  it('keeps every frame when there is room', () => {
    expect(evenIndices(5, 5)).toEqual([0, 1, 2, 3, 4]);
    expect(evenIndices(5, 9)).toEqual([0, 1, 2, 3, 4]);
  });
  it('spreads fewer samples over the clip, in order and in range', () => {
    expect(evenIndices(10, 2)).toEqual([2, 7]);
    const picks = evenIndices(1000, 128);
    expect(picks).toHaveLength(128);
    expect(picks.every((p, i) => p >= 0 && p < 1000 && (i === 0 || p > (picks[i - 1] ?? -1)))).toBe(true);
  });
});

describe('fillMissing', () => {
  const run = (present: boolean[]): [boolean, [number, number][]] => {
    const copies: [number, number][] = [];
    return [fillMissing(present, (from, to) => copies.push([from, to])), copies];
  };
  it('copies the nearest earlier frame, or the first for a leading gap', () => {
    expect(run([false, true, false, false, true, false])).toEqual([
      true,
      [
        [1, 0],
        [1, 2],
        [1, 3],
        [4, 5],
      ],
    ]);
    expect(run([true, true])).toEqual([true, []]);
  });
  it('reports a clip with no frame at all', () => {
    expect(run([false, false])[0]).toBe(false);
    expect(run([])[0]).toBe(false);
  });
});

describe('judgeFrames', () => {
  it('counts the damaged frames of a clip that has any frame', () => {
    expect(judgeFrames(['decoded', 'damaged', 'damaged', 'decoded'])).toEqual({ ok: true, damaged: 2 });
    expect(judgeFrames(['damaged', 'decoded'])).toEqual({ ok: true, damaged: 1 });
    expect(judgeFrames(['missing', 'decoded', 'decoded'])).toEqual({ ok: true, damaged: 0 }); // starts late
  });
  it('refuses a clip with no decodable frame', () => {
    expect(judgeFrames(['damaged', 'damaged'])).toEqual({ ok: false, reason: 'nothing-decoded' });
    expect(judgeFrames(['missing'])).toEqual({ ok: false, reason: 'nothing-decoded' });
    expect(judgeFrames([])).toEqual({ ok: false, reason: 'nothing-decoded' });
  });
  it('calls frames missing after the first one a file cut short, damaged or not', () => {
    expect(judgeFrames(['decoded', 'missing'])).toEqual({ ok: false, reason: 'cut-short' });
    expect(judgeFrames(['decoded', 'damaged', 'decoded', 'missing'])).toEqual({ ok: false, reason: 'cut-short' });
  });
});

describe('resumeIndex', () => {
  const times = [0, 0.125, 0.25, 0.375, 0.5, 0.625];
  it('skips to the first frame at or after the next key frame', () => {
    expect(resumeIndex(times, 1, 0.5)).toBe(4);
    expect(resumeIndex(times, 1, 0.45)).toBe(4); // a sampled time between key frames needs the earlier one
  });
  it('always moves past the frame that failed', () => {
    expect(resumeIndex(times, 2, 0.1)).toBe(3);
  });
  it('gives up on the rest when no key frame follows', () => {
    expect(resumeIndex(times, 2, null)).toBe(6);
  });
});

describe('fillMissing after damage', () => {
  it('fills each damaged frame from its nearest earlier neighbour, and leading ones from the first', () => {
    const states = ['damaged', 'decoded', 'damaged', 'damaged', 'decoded', 'damaged'] as const;
    const copies: [number, number][] = [];
    fillMissing(
      states.map((s) => s === 'decoded'),
      (from, to) => copies.push([from, to]),
    );
    expect(copies).toEqual([
      [1, 0],
      [1, 2],
      [1, 3],
      [4, 5],
    ]);
  });
});
