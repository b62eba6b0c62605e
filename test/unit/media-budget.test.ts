// The volume budget: how big a GPU volume a decoded clip becomes (src/model/budget.ts).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MAX_VOLUME_FRAMES, VOLUME_BUDGET_BYTES } from '../../src/config';
import { fitVolume, midFrameTimestamps, volumeBytes } from '../../src/model/budget';

const limits = { budgetBytes: VOLUME_BUDGET_BYTES, maxTextureSize: 2048, maxFrames: MAX_VOLUME_FRAMES };

describe('fitVolume', () => {
  it('keeps a small clip as it is', () => {
    expect(fitVolume({ frames: 16, heightPx: 96, widthPx: 160 }, limits)).toEqual({
      frames: 16,
      heightPx: 96,
      widthPx: 160,
    });
  });

  it('samples a 10-minute clip down to the frame cap and keeps its size when that fits', () => {
    // 600 s at 30 fps; 128 frames of 360×640 RGBA are 112.5 MiB, so space shrinks to fit 64 MiB.
    const shape = fitVolume({ frames: 18_000, heightPx: 360, widthPx: 640 }, limits);
    expect(shape.frames).toBe(MAX_VOLUME_FRAMES);
    expect(volumeBytes(shape)).toBeLessThanOrEqual(VOLUME_BUDGET_BYTES);
    expect(shape.widthPx / shape.heightPx).toBeCloseTo(640 / 360, 1);
  });

  it('downscales a 4K clip into the budget, keeping its aspect ratio', () => {
    const shape = fitVolume({ frames: 240, heightPx: 2160, widthPx: 3840 }, limits);
    expect(shape.frames).toBe(MAX_VOLUME_FRAMES);
    expect(volumeBytes(shape)).toBeLessThanOrEqual(VOLUME_BUDGET_BYTES);
    expect(shape.widthPx).toBeLessThan(3840);
    expect(shape.widthPx / shape.heightPx).toBeCloseTo(16 / 9, 1);
  });

  it('holds an 8K frame to the GPU texture limit even when the budget would allow more', () => {
    const shape = fitVolume({ frames: 1, heightPx: 4320, widthPx: 7680 }, { ...limits, maxTextureSize: 2048 });
    expect(shape).toEqual({ frames: 1, heightPx: 1152, widthPx: 2048 });
  });

  it('caps frames at the texture depth too', () => {
    expect(
      fitVolume({ frames: 500, heightPx: 8, widthPx: 8 }, { ...limits, maxTextureSize: 256, maxFrames: 1000 }).frames,
    ).toBe(256);
  });

  it('drops frames rather than break a budget too small for one pixel per frame', () => {
    const shape = fitVolume({ frames: 100, heightPx: 1, widthPx: 1 }, { ...limits, budgetBytes: 40 });
    expect(shape).toEqual({ frames: 10, heightPx: 1, widthPx: 1 });
  });

  it('never upscales', () => {
    expect(fitVolume({ frames: 1, heightPx: 3, widthPx: 5 }, limits)).toEqual({ frames: 1, heightPx: 3, widthPx: 5 });
  });

  it('throws on an impossible source or limit, naming the value', () => {
    expect(() => fitVolume({ frames: 0, heightPx: 10, widthPx: 10 }, limits)).toThrow('0x10x10');
    expect(() => fitVolume({ frames: 1, heightPx: Number.NaN, widthPx: 10 }, limits)).toThrow('NaN');
    expect(() => fitVolume({ frames: 1, heightPx: 10, widthPx: 10 }, { ...limits, maxTextureSize: 0 })).toThrow('0 px');
  });

  it('always fits the budget, the texture and the frame cap, for any clip and limits', () => {
    const side = fc.integer({ min: 1, max: 16_384 });
    fc.assert(
      fc.property(
        fc.record({ frames: fc.integer({ min: 1, max: 100_000 }), heightPx: side, widthPx: side }),
        fc.record({
          // At least one row of the widest frame: below that even a 1-pixel-high frame can't fit.
          budgetBytes: fc.integer({ min: 4 * 16_384, max: 2 ** 31 }),
          maxTextureSize: fc.integer({ min: 1, max: 16_384 }),
          maxFrames: fc.integer({ min: 1, max: 1024 }),
        }),
        (source, lim) => {
          const shape = fitVolume(source, lim);
          expect(volumeBytes(shape)).toBeLessThanOrEqual(lim.budgetBytes);
          expect(Math.max(shape.frames, shape.heightPx, shape.widthPx)).toBeLessThanOrEqual(lim.maxTextureSize);
          expect(shape.frames).toBeLessThanOrEqual(Math.min(source.frames, lim.maxFrames));
          expect(shape.heightPx).toBeLessThanOrEqual(source.heightPx);
          expect(shape.widthPx).toBeLessThanOrEqual(source.widthPx);
          for (const n of [shape.frames, shape.heightPx, shape.widthPx])
            expect(Number.isInteger(n) && n >= 1).toBe(true);
        },
      ),
      { numRuns: 2_000 },
    );
  });
});

describe('midFrameTimestamps', () => {
  it('puts each sample in the middle of its slice', () => {
    expect(midFrameTimestamps(600, 4)).toEqual([75, 225, 375, 525]);
  });

  it('throws on a clip with no duration or a bad count', () => {
    expect(() => midFrameTimestamps(0, 4)).toThrow('0 s');
    expect(() => midFrameTimestamps(10, 1.5)).toThrow('1.5 frames');
  });
});
