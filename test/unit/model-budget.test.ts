// Spec for src/model/budget.ts (the one budget test file): how big a GPU volume a decoded clip may become, and when to sample frames.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MAX_VOLUME_FRAMES, VOLUME_BUDGET_BYTES } from '../../src/config';
import {
  type VolumeLimits,
  type VolumeShape,
  fitVolume,
  midFrameTimestamps,
  volumeBytes,
} from '../../src/model/budget';

const MiB = 2 ** 20;
// The app's own limits (64 MiB, 128 frames) with a common 3D texture limit.
const APP_LIMITS: VolumeLimits = {
  budgetBytes: VOLUME_BUDGET_BYTES,
  maxTextureSize: 2048,
  maxFrames: MAX_VOLUME_FRAMES,
};

describe('fitVolume: examples', () => {
  it('keeps a 640×360 clip of 49 frames at full size within 64 MiB', () => {
    const source = { frames: 49, heightPx: 360, widthPx: 640 };
    expect(fitVolume(source, APP_LIMITS)).toEqual(source);
  });

  it('fits a 3840×2160 clip of 36,000 frames into 64 MiB by sampling 128 frames and scaling space down', () => {
    const shape = fitVolume({ frames: 36_000, heightPx: 2160, widthPx: 3840 }, APP_LIMITS);
    expect(shape.frames).toBe(128);
    expect(volumeBytes(shape)).toBeLessThanOrEqual(64 * MiB);
    expect(shape.widthPx).toBeLessThan(3840);
    expect(shape.widthPx / shape.heightPx).toBeCloseTo(16 / 9, 1);
  });

  it('uses most of the budget for the 4K clip rather than shrinking it further than needed', () => {
    const shape = fitVolume({ frames: 36_000, heightPx: 2160, widthPx: 3840 }, APP_LIMITS);
    expect(volumeBytes(shape)).toBeGreaterThan(0.95 * 64 * MiB);
  });

  it('scales an 8K still down to the 3D texture limit, keeping 16:9', () => {
    const shape = fitVolume(
      { frames: 1, heightPx: 4320, widthPx: 7680 },
      { budgetBytes: 1024 * MiB, maxTextureSize: 2048, maxFrames: 128 },
    );
    expect(shape).toEqual({ frames: 1, heightPx: 1152, widthPx: 2048 });
  });

  it('samples at most maxFrames frames', () => {
    expect(fitVolume({ frames: 1000, heightPx: 16, widthPx: 16 }, APP_LIMITS).frames).toBe(128);
  });

  it('samples no more frames than the 3D texture holds in depth', () => {
    expect(
      fitVolume({ frames: 1000, heightPx: 16, widthPx: 16 }, { ...APP_LIMITS, maxTextureSize: 256, maxFrames: 512 })
        .frames,
    ).toBe(256);
  });

  it('counts whole source frames only', () => {
    expect(fitVolume({ frames: 49.9, heightPx: 16, widthPx: 16 }, APP_LIMITS).frames).toBe(49);
  });

  it('counts 4 bytes (RGBA8) per voxel', () => {
    expect(volumeBytes({ frames: 2, heightPx: 3, widthPx: 5 })).toBe(120);
  });

  it('drops frames rather than break a budget too small for one pixel per frame', () => {
    const shape = fitVolume({ frames: 100, heightPx: 1, widthPx: 1 }, { ...APP_LIMITS, budgetBytes: 40 });
    expect(shape).toEqual({ frames: 10, heightPx: 1, widthPx: 1 });
  });
});

describe('fitVolume: invalid input', () => {
  const source = { frames: 49, heightPx: 360, widthPx: 640 };

  it.each<[string, VolumeShape]>([
    ['no frames', { ...source, frames: 0 }],
    ['a negative height', { ...source, heightPx: -360 }],
    ['a NaN width', { ...source, widthPx: Number.NaN }],
    ['infinite frames', { ...source, frames: Number.POSITIVE_INFINITY }],
  ])('rejects a source with %s, naming the shape', (_, bad) => {
    expect(() => fitVolume(bad, APP_LIMITS)).toThrow(
      `invalid source shape: ${bad.frames}x${bad.heightPx}x${bad.widthPx}`,
    );
  });

  it.each<[string, VolumeLimits]>([
    ['a budget under one voxel', { ...APP_LIMITS, budgetBytes: 3 }],
    ['a NaN budget', { ...APP_LIMITS, budgetBytes: Number.NaN }],
    ['a zero texture size', { ...APP_LIMITS, maxTextureSize: 0 }],
    ['zero frames allowed', { ...APP_LIMITS, maxFrames: 0 }],
  ])('rejects limits with %s', (_, bad) => {
    expect(() => fitVolume(source, bad)).toThrow('invalid volume limits');
  });
});

// Realistic ranges: video sizes up to 8K, budgets from 1 MiB, texture limits of real GPUs.
const sourceArb = fc.record({
  frames: fc.integer({ min: 1, max: 100_000 }),
  heightPx: fc.integer({ min: 1, max: 8192 }),
  widthPx: fc.integer({ min: 1, max: 8192 }),
});
const limitsArb = fc.record({
  budgetBytes: fc.integer({ min: MiB, max: 1024 * MiB }),
  maxTextureSize: fc.constantFrom(256, 1024, 2048, 4096, 16384),
  maxFrames: fc.integer({ min: 1, max: 1024 }),
});

describe('fitVolume: properties', () => {
  it('never exceeds the memory budget', () => {
    fc.assert(
      fc.property(sourceArb, limitsArb, (source, limits) => {
        expect(volumeBytes(fitVolume(source, limits))).toBeLessThanOrEqual(limits.budgetBytes);
      }),
    );
  });

  it('never upscales any axis', () => {
    fc.assert(
      fc.property(sourceArb, limitsArb, (source, limits) => {
        const shape = fitVolume(source, limits);
        expect(shape.frames).toBeLessThanOrEqual(source.frames);
        expect(shape.heightPx).toBeLessThanOrEqual(source.heightPx);
        expect(shape.widthPx).toBeLessThanOrEqual(source.widthPx);
      }),
    );
  });

  it('respects the 3D texture limit on every axis and maxFrames in time', () => {
    fc.assert(
      fc.property(sourceArb, limitsArb, (source, limits) => {
        const shape = fitVolume(source, limits);
        for (const n of [shape.frames, shape.heightPx, shape.widthPx])
          expect(n).toBeLessThanOrEqual(limits.maxTextureSize);
        expect(shape.frames).toBeLessThanOrEqual(limits.maxFrames);
      }),
    );
  });

  it('returns whole, positive sizes', () => {
    fc.assert(
      fc.property(sourceArb, limitsArb, (source, limits) => {
        const shape = fitVolume(source, limits);
        for (const n of [shape.frames, shape.heightPx, shape.widthPx]) {
          expect(Number.isInteger(n)).toBe(true);
          expect(n).toBeGreaterThanOrEqual(1);
        }
      }),
    );
  });

  it('keeps the aspect ratio within 1 px: one scale factor, floored, gives both sides', () => {
    fc.assert(
      fc.property(sourceArb, limitsArb, (source, limits) => {
        const { heightPx: h, widthPx: w } = fitVolume(source, limits);
        fc.pre(h > 1 && w > 1); // a side clamped to 1 px cannot keep the ratio
        // h = ⌊H·s⌋ and w = ⌊W·s⌋ for one s ⇔ the intervals of s each side allows overlap.
        const low = Math.max(h / source.heightPx, w / source.widthPx);
        const high = Math.min((h + 1) / source.heightPx, (w + 1) / source.widthPx);
        expect(low).toBeLessThanOrEqual(high * (1 + 1e-12));
      }),
    );
  });

  it('keeps a source that already fits exactly as it is', () => {
    const arb = limitsArb.chain((limits) =>
      fc.record({
        limits: fc.constant(limits),
        source: fc.record({
          frames: fc.integer({ min: 1, max: Math.min(limits.maxFrames, limits.maxTextureSize) }),
          heightPx: fc.integer({ min: 1, max: Math.min(1080, limits.maxTextureSize) }),
          widthPx: fc.integer({ min: 1, max: Math.min(1920, limits.maxTextureSize) }),
        }),
      }),
    );
    fc.assert(
      fc.property(arb, ({ limits, source }) => {
        fc.pre(volumeBytes(source) <= limits.budgetBytes);
        expect(fitVolume(source, limits)).toEqual(source);
      }),
    );
  });

  it('fills the budget when the budget binds: one more pixel on each side would not fit', () => {
    const arb = fc.record({
      source: fc.record({
        frames: fc.integer({ min: 1, max: 256 }),
        heightPx: fc.integer({ min: 64, max: 4096 }),
        widthPx: fc.integer({ min: 64, max: 4096 }),
      }),
      budgetBytes: fc.integer({ min: MiB, max: 256 * MiB }),
    });
    fc.assert(
      fc.property(arb, ({ source, budgetBytes }) => {
        fc.pre(volumeBytes(source) > budgetBytes);
        const shape = fitVolume(source, { budgetBytes, maxTextureSize: 16384, maxFrames: 256 });
        expect(shape.frames).toBe(source.frames);
        expect(volumeBytes({ ...shape, heightPx: shape.heightPx + 1, widthPx: shape.widthPx + 1 })).toBeGreaterThan(
          budgetBytes,
        );
      }),
    );
  });

  // Regression (fixed): with a side much shorter than the other, the short side is clamped up to 1 px after the one scale
  // factor made it sub-pixel, so a single frame can already exceed the budget; dropping frames cannot help.
  // 1000×10 px in 40 bytes (10 voxels) gives 1×31×1 = 124 bytes, although 1×10×1 (or 1×1×1) would fit.
  it('never exceeds the budget even when a side would fall below 1 px', () => {
    const shape = fitVolume(
      { frames: 1, heightPx: 1000, widthPx: 10 },
      { budgetBytes: 40, maxTextureSize: 16384, maxFrames: 128 },
    );
    expect(volumeBytes(shape)).toBeLessThanOrEqual(40);
  });
});

describe('midFrameTimestamps', () => {
  it('samples the middle of each of n equal slices: (i + 0.5)·D/n', () => {
    expect(midFrameTimestamps(10, 4)).toEqual([1.25, 3.75, 6.25, 8.75]);
  });

  it('samples the midpoint of the clip for one frame', () => {
    expect(midFrameTimestamps(3, 1)).toEqual([1.5]);
  });

  it('gives n increasing, evenly spaced times strictly inside the clip', () => {
    const arb = fc.record({
      duration: fc.double({ min: 0.01, max: 36_000, noNaN: true }),
      count: fc.integer({ min: 1, max: 500 }),
    });
    fc.assert(
      fc.property(arb, ({ duration, count }) => {
        const times = midFrameTimestamps(duration, count);
        expect(times).toHaveLength(count);
        const offGrid = times.filter((time, i) => Math.abs(time - ((i + 0.5) * duration) / count) > 1e-9 * duration);
        expect(offGrid).toEqual([]);
        expect(times.every((time, i) => i === 0 || time > (times[i - 1] ?? Infinity))).toBe(true);
        expect(times[0]).toBeGreaterThan(0);
        expect(times[count - 1]).toBeLessThan(duration);
      }),
    );
  });

  it.each([
    [0, 4],
    [-1, 4],
    [Number.NaN, 4],
    [10, 0],
    [10, -2],
    [10, 1.5],
    [10, Number.NaN],
  ])('rejects a duration of %s s with %s frames, naming both', (duration, count) => {
    expect(() => midFrameTimestamps(duration, count)).toThrow(`invalid sampling: ${duration} s, ${count} frames`);
  });
});
