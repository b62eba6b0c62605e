import fc from 'fast-check';
import { Ray, Vector3 } from 'three';
import { describe, expect, it } from 'vitest';
import { blockCount } from '../../src/model/blocks';
import { type Tokenizer, tokenGrid } from '../../src/model/grid';
import { latentCentre, sectionAxes, sectionImage, tokenAtCut, tokenBoundaries } from '../../src/model/section';
import { cutFace, cutOf } from '../../src/model/slice';
import { worldSize } from '../../src/view/layout';
import { pickInVolume } from '../../src/view/pick';

const input = { t: 49, h: 360, w: 640 };
const tok: Tokenizer = {
  input,
  vae: { t: 4, h: 8, w: 8 },
  causal: true,
  patch: { t: 1, h: 2, w: 2 },
  fit: 'pad',
  channels: 16,
};

describe('cutOf', () => {
  it('is null when the slice is off', () => {
    expect(cutOf('off', 0.5, input)).toBeNull();
  });

  it('cuts x–t on a pixel row and keeps the rows below it', () => {
    const cut = cutOf('xt', 0.5, input)!;
    expect(cut).toMatchObject({ axis: 'h', index: 180 });
    expect(cut.keep.h).toEqual([180, Infinity]);
    expect(cut.keep.w).toEqual([-Infinity, Infinity]);
    expect(cutFace(cut)).toBe(180);
  });

  it('cuts y–t on a column and keeps the columns up to it, x–y on a frame and keeps the later ones', () => {
    expect(cutOf('yt', 0.25, input)!.keep.w).toEqual([-Infinity, 161]);
    expect(cutFace(cutOf('yt', 0.25, input)!)).toBe(161);
    expect(cutOf('xy', 0.5, input)).toMatchObject({ axis: 't', index: 24, keep: { t: [24, Infinity] } });
  });

  it('always cuts on the input, whatever `at` is', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('xt', 'yt', 'xy' as const),
        fc.double(),
        fc.integer({ min: 1, max: 5000 }),
        (slice, at, size) => {
          const cut = cutOf(slice, at, { t: size, h: size, w: size })!;
          expect(cut.index).toBeGreaterThanOrEqual(0);
          expect(cut.index).toBeLessThan(size);
          const [lo, hi] = cut.keep[cut.axis];
          expect(cut.index >= lo && cut.index < hi).toBe(true); // the plane's own pixels stay
        },
      ),
    );
  });
});

describe('sectionImage', () => {
  // 3 frames of 2×4 pixels; red = frame, green = row, blue = column.
  const shape = { frames: 3, heightPx: 2, widthPx: 4 };
  const rgba = new Uint8Array(3 * 2 * 4 * 4);
  for (let f = 0; f < 3; f++)
    for (let y = 0; y < 2; y++) for (let x = 0; x < 4; x++) rgba.set([f, y, x, 255], ((f * 2 + y) * 4 + x) * 4);
  const volume = { ...shape, rgba };
  const small = { t: 3, h: 2, w: 4 };
  const pixel = (image: { widthPx: number; rgba: Uint8ClampedArray }, col: number, row: number) => [
    ...image.rgba.subarray((row * image.widthPx + col) * 4, (row * image.widthPx + col) * 4 + 3),
  ];

  it('x–t: one row of every frame, time down the page', () => {
    const image = sectionImage(volume, small, cutOf('xt', 0.9, small)!, 100);
    expect([image.widthPx, image.heightPx]).toEqual([4, 3]);
    expect(pixel(image, 2, 1)).toEqual([1, 1, 2]); // frame 1, row 1, column 2
  });

  it('y–t: one column of every frame, time across', () => {
    const image = sectionImage(volume, small, cutOf('yt', 0.5, small)!, 100);
    expect([image.widthPx, image.heightPx]).toEqual([3, 2]);
    expect(pixel(image, 2, 0)).toEqual([2, 0, 2]);
  });

  it('samples a nominal input larger than the decoded volume, at most maxSamples a side', () => {
    const image = sectionImage(volume, { t: 30, h: 200, w: 400 }, cutOf('xy', 0.99, { t: 30, h: 200, w: 400 })!, 50);
    expect([image.widthPx, image.heightPx]).toEqual([50, 50]);
    expect(pixel(image, 49, 49)).toEqual([2, 1, 3]);
  });
});

describe('token boundaries on the plane', () => {
  it('follows the grid, causal first slab included, and stops at the input', () => {
    expect(tokenBoundaries(tok, 't').slice(0, 3)).toEqual([1, 5, 9]);
    expect(tokenBoundaries(tok, 'h')).toHaveLength(22); // 23 rows of 16 px, the last one padded
    expect(tokenBoundaries(tok, 'h').at(-1)).toBe(352);
  });

  it('names the token slab, row or column the cut passes through', () => {
    expect(tokenAtCut(tok, cutOf('xt', 0.5, input)!)).toBe(11); // row 180 / 16
    expect(tokenAtCut(tok, cutOf('xy', 0, input)!)).toBe(0);
    expect(tokenAtCut(tok, cutOf('xy', 0.5, input)!)).toBe(6); // frame 24 is in 21..24
    expect(tokenAtCut({ ...tok, fit: 'crop' }, cutOf('xt', 0.99, input)!)).toBeNull(); // row 356: cropped away
  });

  it('lays planes on the page with time on one side', () => {
    expect(sectionAxes('h')).toEqual({ across: 'w', down: 't' });
    expect(sectionAxes('w')).toEqual({ across: 't', down: 'h' });
  });
});

describe('picking with a slice plane', () => {
  const grid = tokenGrid(tok);
  const block = { t: 1, h: 1, w: 1 };
  const world = worldSize(input);
  const layout = { tok, grid, block, blocks: blockCount(grid, block), world, gap: new Vector3(), explode: 0 };
  // Straight down through the middle of the top face.
  const down = new Ray(new Vector3(0.01, 5, 0.01), new Vector3(0, -1, 0));

  it('picks the top row without a cut and the row on the cut with one', () => {
    expect(pickInVolume(down, { ...layout, cut: null })?.y).toBe(0);
    expect(pickInVolume(down, { ...layout, cut: cutOf('xt', 0.5, input) })?.y).toBe(11);
  });

  it('never picks a token the cut took away', () => {
    const cut = cutOf('yt', 0.3, input)!;
    const fromRight = new Ray(new Vector3(5, 0.01, 0.01), new Vector3(-1, 0, 0));
    const pos = pickInVolume(fromRight, { ...layout, cut });
    expect(pos?.x).toBe(Math.floor(cut.index / 16));
  });
});

describe('the plane as the latent', () => {
  it('takes each point from the centre of its latent voxel, the causal first frame alone', () => {
    const causal = { vae: { t: 4, h: 8, w: 8 }, causal: true };
    expect(latentCentre(causal, 'w', 17)).toBe(20);
    expect(latentCentre(causal, 't', 0.5)).toBe(0.5); // frame 0 is its own latent frame
    expect(latentCentre(causal, 't', 3)).toBe(3); // frames 1–4
    expect(latentCentre({ ...causal, causal: false }, 't', 5)).toBe(6); // frames 4–7
  });
});
