// Spec for src/model/extent.ts: where each token sits in the nominal pixel volume.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { coverage, droppedFraction, latentFrameStart, paddingFraction, tokenFrameRange } from '../../src/model/extent';
import { AXES, type Dims, type Fit, type Tokenizer, tokenGrid } from '../../src/model/grid';

const dims = (t: number, h: number, w: number): Dims => ({ t, h, w });

function causalTokenizer(frames: number, strideT: number, patchT: number, fit: Fit = 'pad'): Tokenizer {
  return {
    input: dims(frames, 64, 64),
    vae: dims(strideT, 8, 8),
    causal: true,
    patch: dims(patchT, 2, 2),
    fit,
    channels: 16,
  };
}

function pixelTokenizer(input: Dims, patch: Dims, fit: Fit): Tokenizer {
  return { input, vae: dims(1, 1, 1), causal: false, patch, fit, channels: 3 };
}

describe('frames covered by a token slab', () => {
  it('gives the causal first token frame 0 alone when p_t = 1', () => {
    expect(tokenFrameRange(causalTokenizer(49, 4, 1), 0)).toEqual([0, 1]);
  });

  it('gives each later causal token s_t frames: token 1 covers 1..4, token 12 covers 45..48', () => {
    const tok = causalTokenizer(49, 4, 1);
    expect(tokenFrameRange(tok, 1)).toEqual([1, 5]);
    expect(tokenFrameRange(tok, 12)).toEqual([45, 49]);
  });

  it('gives the causal first token frames 0..4 when p_t = 2 and s_t = 4 (frame 0 plus one group of 4)', () => {
    expect(tokenFrameRange(causalTokenizer(49, 4, 2), 0)).toEqual([0, 5]);
  });

  it('gives the next causal token two full groups when p_t = 2 and s_t = 4: frames 5..12', () => {
    expect(tokenFrameRange(causalTokenizer(49, 4, 2), 1)).toEqual([5, 13]);
  });

  it('gives every non-causal token s_t·p_t frames from frame 0: token 2 of 4×2 covers 16..23', () => {
    const tok = { ...causalTokenizer(49, 4, 2), causal: false };
    expect(tokenFrameRange(tok, 0)).toEqual([0, 8]);
    expect(tokenFrameRange(tok, 2)).toEqual([16, 24]);
  });

  it('starts latent frame k of a causal VAE at 1 + (k − 1)·s_t, and of a non-causal one at k·s_t', () => {
    expect(latentFrameStart(0, 4, true)).toBe(0);
    expect(latentFrameStart(1, 4, true)).toBe(1);
    expect(latentFrameStart(3, 4, true)).toBe(9);
    expect(latentFrameStart(3, 4, false)).toBe(12);
  });

  it('tiles time without gaps or overlaps, every slab after the causal first one s_t·p_t frames long', () => {
    const arb = fc.record({
      strideT: fc.integer({ min: 1, max: 16 }),
      patchT: fc.integer({ min: 1, max: 16 }),
      causal: fc.boolean(),
      ti: fc.integer({ min: 0, max: 1000 }),
    });
    fc.assert(
      fc.property(arb, ({ strideT, patchT, causal, ti }) => {
        const tok = { ...causalTokenizer(49, strideT, patchT), causal };
        const [start, end] = tokenFrameRange(tok, ti);
        expect(tokenFrameRange(tok, ti + 1)[0]).toBe(end);
        const firstCausal = causal && ti === 0;
        expect(end - start).toBe(firstCausal ? 1 + (patchT - 1) * strideT : strideT * patchT);
        if (ti === 0) expect(start).toBe(0);
      }),
    );
  });
});

describe('coverage', () => {
  const input = dims(32, 360, 640);
  const patch = dims(2, 16, 16);

  it('keeps 32×352×640 of a 32×360×640 input when crop drops the last 8 rows', () => {
    const { kept, span } = coverage(pixelTokenizer(input, patch, 'crop'));
    expect(span).toEqual(dims(32, 352, 640));
    expect(kept).toEqual(dims(32, 352, 640));
  });

  it('spans 32×368×640 but keeps all of the input when pad fills the last row of cubes', () => {
    const { kept, span } = coverage(pixelTokenizer(input, patch, 'pad'));
    expect(span).toEqual(dims(32, 368, 640));
    expect(kept).toEqual(input);
  });

  it('spans 1 + 12·4 = 49 frames for 13 causal latent frames', () => {
    expect(coverage(causalTokenizer(49, 4, 1)).span.t).toBe(49);
  });

  it('spans 1 + 13·4 = 53 frames when 50 frames are padded to a 14th causal latent frame', () => {
    const { kept, span } = coverage(causalTokenizer(50, 4, 1, 'pad'));
    expect(span.t).toBe(53);
    expect(kept.t).toBe(50);
  });

  it('spans nothing when crop leaves no tokens', () => {
    const { kept, span } = coverage(pixelTokenizer(dims(1, 16, 16), patch, 'crop'));
    expect(span.t).toBe(0);
    expect(kept.t).toBe(0);
  });
});

describe('padding and dropped shares', () => {
  const input = dims(32, 360, 640);
  const patch = dims(2, 16, 16);

  it('pads 8 of 368 rows: paddingFraction = 8/368', () => {
    expect(paddingFraction(pixelTokenizer(input, patch, 'pad'))).toBeCloseTo(8 / 368, 12);
  });

  it('counts padding on every axis: 6 of 656 columns, or 1 of 34 frames', () => {
    expect(paddingFraction(pixelTokenizer(dims(32, 352, 650), patch, 'pad'))).toBeCloseTo(6 / 656, 12);
    expect(paddingFraction(pixelTokenizer(dims(33, 352, 640), patch, 'pad'))).toBeCloseTo(1 / 34, 12);
  });

  it('multiplies padding across axes: 368·656 spanned for 360·650 kept', () => {
    expect(paddingFraction(pixelTokenizer(dims(32, 360, 650), patch, 'pad'))).toBeCloseTo(
      1 - (360 * 650) / (368 * 656),
      12,
    );
  });

  it('drops 8 of 360 rows: droppedFraction = 8/360', () => {
    expect(droppedFraction(pixelTokenizer(input, patch, 'crop'))).toBeCloseTo(8 / 360, 12);
  });

  it('counts drops on every axis: 10 of 650 columns, or 1 of 33 frames', () => {
    expect(droppedFraction(pixelTokenizer(dims(32, 352, 650), patch, 'crop'))).toBeCloseTo(10 / 650, 12);
    expect(droppedFraction(pixelTokenizer(dims(33, 352, 640), patch, 'crop'))).toBeCloseTo(1 / 33, 12);
  });

  it('drops the whole input when crop leaves no tokens', () => {
    expect(droppedFraction(pixelTokenizer(dims(2, 10, 10), patch, 'crop'))).toBe(1);
  });

  it('has neither padding nor drops for HunyuanVideo at 129×720×1280 (everything divides)', () => {
    for (const fit of ['crop', 'pad'] as const) {
      const tok: Tokenizer = {
        input: dims(129, 720, 1280),
        vae: dims(4, 8, 8),
        causal: true,
        patch: dims(1, 2, 2),
        fit,
        channels: 16,
      };
      expect(paddingFraction(tok), fit).toBe(0);
      expect(droppedFraction(tok), fit).toBe(0);
    }
  });

  const dimsUpTo = (max: number) =>
    fc.record({ t: fc.integer({ min: 1, max }), h: fc.integer({ min: 1, max }), w: fc.integer({ min: 1, max }) });
  const tokenizerArb: fc.Arbitrary<Tokenizer> = fc.record({
    input: dimsUpTo(5000),
    vae: dimsUpTo(16),
    causal: fc.boolean(),
    patch: dimsUpTo(16),
    fit: fc.constantFrom<Fit>('crop', 'pad'),
    channels: fc.constant(16),
  });

  it('keeps both shares within 0..1 for any tokenizer', () => {
    fc.assert(
      fc.property(tokenizerArb, (tok) => {
        for (const share of [paddingFraction(tok), droppedFraction(tok)]) {
          expect(share).toBeGreaterThanOrEqual(0);
          expect(share).toBeLessThanOrEqual(1);
        }
      }),
    );
  });

  it('never pads when cropping and never drops when padding', () => {
    fc.assert(
      fc.property(tokenizerArb, (tok) => {
        expect(paddingFraction({ ...tok, fit: 'crop' })).toBe(0);
        expect(droppedFraction({ ...tok, fit: 'pad' })).toBe(0);
      }),
    );
  });

  it('has a positive share exactly when some axis does not divide', () => {
    fc.assert(
      fc.property(tokenizerArb, (tok) => {
        const pad = coverage({ ...tok, fit: 'pad' });
        const overhangs = AXES.some((a) => pad.span[a] > tok.input[a]);
        expect(paddingFraction({ ...tok, fit: 'pad' }) > 0).toBe(overhangs);
        const crop = coverage({ ...tok, fit: 'crop' });
        const short = AXES.some((a) => crop.kept[a] < tok.input[a]);
        expect(droppedFraction({ ...tok, fit: 'crop' }) > 0).toBe(short);
      }),
    );
  });

  it('is zero for both rules when the input is a whole number of tokens', () => {
    const exact = fc
      .record({
        grid: dimsUpTo(30),
        vae: dimsUpTo(8),
        patch: dimsUpTo(8),
        causal: fc.boolean(),
        fit: fc.constantFrom<Fit>('crop', 'pad'),
      })
      .map(({ grid, vae, patch, causal, fit }): Tokenizer => {
        const latentT = grid.t * patch.t;
        const t = causal ? 1 + (latentT - 1) * vae.t : latentT * vae.t;
        return {
          input: { t, h: grid.h * patch.h * vae.h, w: grid.w * patch.w * vae.w },
          vae,
          causal,
          patch,
          fit,
          channels: 16,
        };
      });
    fc.assert(
      fc.property(exact, (tok) => {
        expect(tokenGrid(tok).t).toBeGreaterThan(0);
        expect(paddingFraction(tok)).toBe(0);
        expect(droppedFraction(tok)).toBe(0);
      }),
    );
  });
});
