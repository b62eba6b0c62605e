import { describe, expect, it } from 'vitest';
import type { Tokenizer } from '../../src/model/grid';
import { cutOf } from '../../src/model/slice';
import { type Volume, memoSection, memoStrip } from '../../src/state/memos';

const SHAPE = { frames: 4, heightPx: 8, widthPx: 8 };
const solid = (rgb: [number, number, number]): Volume => {
  const rgba = new Uint8Array(4 * 8 * 8 * 4);
  for (let i = 0; i < rgba.length; i += 4) rgba.set([...rgb, 255], i);
  return { ...SHAPE, rgba };
};
const TOK: Tokenizer = {
  input: { t: 4, h: 8, w: 8 },
  vae: { t: 1, h: 1, w: 1 },
  causal: false,
  patch: { t: 2, h: 4, w: 4 },
  fit: 'crop',
  channels: 3,
};
const CUT = cutOf('xy', 0.5, TOK.input)!;

describe('memos of the strip and the section', () => {
  it('recompute for a second clip of the same shape and byte length', () => {
    const [red, blue] = [solid([255, 0, 0]), solid([0, 0, 255])];
    const strip = memoStrip();
    const section = memoSection();
    expect([...strip(red, TOK, { t: 0, y: 0, x: 0 })[0]!.rgba.slice(0, 3)]).toEqual([255, 0, 0]);
    expect([...strip(blue, TOK, { t: 0, y: 0, x: 0 })[0]!.rgba.slice(0, 3)]).toEqual([0, 0, 255]);
    expect([...section(red, TOK, CUT, false).rgba.slice(0, 3)]).toEqual([255, 0, 0]);
    expect([...section(blue, TOK, CUT, false).rgba.slice(0, 3)]).toEqual([0, 0, 255]);
  });

  it('keep the result while the clip and the inputs stay the same', () => {
    const red = solid([255, 0, 0]);
    const strip = memoStrip();
    const section = memoSection();
    expect(strip(red, TOK, { t: 0, y: 0, x: 0 })).toBe(strip(red, TOK, { t: 0, y: 0, x: 0 }));
    expect(strip(red, TOK, { t: 0, y: 0, x: 0 })).not.toBe(strip(red, TOK, { t: 0, y: 0, x: 1 }));
    expect(section(red, TOK, CUT, false)).toBe(section(red, TOK, CUT, false));
    expect(section(red, TOK, CUT, false)).not.toBe(section(red, TOK, CUT, true));
  });
});
