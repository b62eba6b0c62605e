import { describe, expect, it } from 'vitest';
import type { Tokenizer } from '../../src/model/grid';
import { illustrativeChannels, tokenVoxels, voxelPixels, voxelRegion } from '../../src/model/latent-voxels';

const tok: Tokenizer = {
  input: { t: 9, h: 16, w: 16 },
  vae: { t: 4, h: 8, w: 8 },
  causal: true,
  patch: { t: 1, h: 2, w: 2 },
  fit: 'pad',
  channels: 16,
};

/** A 9×16×16 volume: red on the left half, blue on the right. */
function volume() {
  const rgba = new Uint8Array(9 * 16 * 16 * 4);
  for (let i = 0; i < 9 * 16 * 16; i++) {
    const x = i % 16;
    rgba.set(x < 8 ? [255, 0, 0, 255] : [0, 0, 255, 255], i * 4);
  }
  return { frames: 9, heightPx: 16, widthPx: 16, rgba };
}

describe('latent voxels for the figures', () => {
  it('finds the pixels a voxel encodes: the causal first voxel is frame 0 alone', () => {
    expect(voxelRegion(tok, { t: 0, y: 0, x: 1 })).toEqual({ frames: [0, 1], rows: [0, 8], cols: [8, 16] });
    expect(voxelRegion(tok, { t: 2, y: 1, x: 0 }).frames).toEqual([5, 9]);
  });

  it('samples 4 frames × 8 × 8 pixels of a voxel, with padding as null', () => {
    const pixels = voxelPixels(volume(), tok, { t: 1, y: 0, x: 0 });
    expect([pixels.length, pixels[0]!.length, pixels[0]![0]!.length]).toEqual([4, 8, 8]);
    expect(pixels[0]![0]![0]).toEqual([1, 0, 0]);
    expect(voxelPixels(volume(), tok, { t: 1, y: 2, x: 0 })[0]![0]![0]).toBeNull();
  });

  it('lists a token’s 1×2×2 voxels in vector order, each with its colour and C channels', () => {
    const voxels = tokenVoxels(volume(), tok, { t: 1, y: 0, x: 0 });
    expect(voxels.map((v) => v.rgb)).toEqual([
      [1, 0, 0],
      [0, 0, 1],
      [1, 0, 0],
      [0, 0, 1],
    ]);
    expect(tokenVoxels(volume(), tok, { t: 1, y: 1, x: 0 }).map((v) => v.rgb)).toEqual([null, null, null, null]);
    for (const v of voxels) expect(v.channels).toHaveLength(16);
  });

  it('mixes pixels into channels the same way every time, and differently for different pixels', () => {
    const red = illustrativeChannels([[1, 0, 0]], 8);
    expect(illustrativeChannels([[1, 0, 0]], 8)).toEqual(red);
    expect(illustrativeChannels([[0, 0, 1]], 8)).not.toEqual(red);
    for (const value of red) expect(Math.abs(value)).toBeLessThanOrEqual(1);
  });

  it('gives a pixel its own colour as its channels when there is no VAE', () => {
    const pixelTok = { ...tok, vae: { t: 1, h: 1, w: 1 }, channels: 3 };
    expect(tokenVoxels(volume(), pixelTok, { t: 0, y: 0, x: 4 })[0]!.channels).toEqual([0, 0, 1]);
  });
});
