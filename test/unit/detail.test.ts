import { describe, expect, it } from 'vitest';
import { detailPoint, tokenAtPoint } from '../../src/model/detail';
import type { Tokenizer } from '../../src/model/grid';

/** A flat grey 8×48×48 volume with a bright square moving right in the lower right quarter. */
function movingSquare() {
  const [frames, h, w] = [8, 48, 48];
  const rgba = new Uint8Array(frames * h * w * 4).fill(128);
  for (let f = 0; f < frames; f++)
    for (let y = 30; y < 40; y++)
      for (let x = 26 + f; x < 36 + f; x++) rgba.set([255, 255, 255, 255], ((f * h + y) * w + x) * 4);
  return { frames, heightPx: h, widthPx: w, rgba };
}

const tok: Tokenizer = {
  input: { t: 9, h: 96, w: 96 },
  vae: { t: 4, h: 8, w: 8 },
  causal: true,
  patch: { t: 1, h: 2, w: 2 },
  fit: 'pad',
  channels: 16,
};

describe('a good first token', () => {
  it('finds the detail where something moves, not a flat corner', () => {
    const p = detailPoint(movingSquare(), { t: 16, h: 96, w: 96 });
    expect(p.y).toBeGreaterThanOrEqual(56);
    expect(p.y).toBeLessThan(82);
    expect(p.x).toBeGreaterThanOrEqual(50);
    expect(p.x).toBeLessThan(90);
  });

  it('gives the same point for the same clip', () => {
    expect(detailPoint(movingSquare(), tok.input)).toEqual(detailPoint(movingSquare(), tok.input));
  });

  it('maps a point to the token that holds it: the causal first frame is slab 0 alone', () => {
    expect(tokenAtPoint(tok, { f: 0, y: 0, x: 0 })).toEqual({ t: 0, y: 0, x: 0 });
    expect(tokenAtPoint(tok, { f: 1, y: 17, x: 95 })).toEqual({ t: 1, y: 1, x: 5 });
    expect(tokenAtPoint(tok, { f: 5, y: 16, x: 15 })).toEqual({ t: 2, y: 1, x: 0 });
    expect(tokenAtPoint({ ...tok, causal: false }, { f: 4, y: 0, x: 0 }).t).toBe(1);
  });

  it('clamps past the grid (crop)', () => {
    const cropped = { ...tok, fit: 'crop' as const, input: { t: 9, h: 90, w: 90 } };
    expect(tokenAtPoint(cropped, { f: 8, y: 89, x: 89 })).toEqual({ t: 2, y: 4, x: 4 });
  });
});
