import { describe, expect, it } from 'vitest';
import { evenIndices, fillMissing, sampleSlots, sampleTimes, timeInSlot } from '../../src/media/sampling';

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
