// Spec for src/model/grid.ts: from a nominal pixel input to a token grid (VAE stage, then patch stage).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { coverage } from '../../src/model/extent';
import {
  AXES,
  type Dims,
  type Fit,
  type Tokenizer,
  latentFrames,
  latentShape,
  pixelsPerToken,
  tokenCount,
  tokenGrid,
  valuesPerToken,
  volumeOf,
} from '../../src/model/grid';

const ONE: Dims = { t: 1, h: 1, w: 1 };
const dims = (t: number, h: number, w: number): Dims => ({ t, h, w });

/** Patches cut straight from pixels (no VAE), as ViViT does. */
function pixelTokenizer(input: Dims, patch: Dims, fit: Fit): Tokenizer {
  return { input, vae: ONE, causal: false, patch, fit, channels: 3 };
}

/** A causal video VAE followed by a patchify, as HunyuanVideo, Wan, Mochi and CogVideoX do. */
function latentTokenizer(input: Dims, vae: Dims, patch: Dims, fit: Fit, channels = 16): Tokenizer {
  return { input, vae, causal: true, patch, fit, channels };
}

const floorOrCeil = (fit: Fit) => (fit === 'crop' ? Math.floor : Math.ceil);

describe('token grid: the public examples', () => {
  const input = dims(32, 360, 640);
  const patch = dims(2, 16, 16);

  it('crops 32×360×640 with 2×16×16 pixel patches to a 16×22×40 grid of 14,080 tokens', () => {
    const tok = pixelTokenizer(input, patch, 'crop');
    expect(tokenGrid(tok)).toEqual(dims(16, 22, 40));
    expect(tokenCount(tok)).toBe(14_080);
  });

  it('pads the last row of cubes when 360 px do not divide into 16 px tokens: 16×23×40 = 14,720', () => {
    const tok = pixelTokenizer(input, patch, 'pad');
    expect(tokenGrid(tok)).toEqual(dims(16, 23, 40));
    expect(tokenCount(tok)).toBe(14_720);
  });

  it('cuts ViViT’s 16 frames at 224×224 into 8×14×14 = 1,568 tubelets', () => {
    const tok = pixelTokenizer(dims(16, 224, 224), patch, 'crop');
    expect(tokenGrid(tok)).toEqual(dims(8, 14, 14));
    expect(tokenCount(tok)).toBe(1_568);
  });
});

describe('token grid: the worked examples of real models', () => {
  const hunyuan = latentTokenizer(dims(129, 720, 1280), dims(4, 8, 8), dims(1, 2, 2), 'pad');

  it('encodes HunyuanVideo’s 129 frames at 720×1280 to a 33×90×160 latent', () => {
    expect(latentShape(hunyuan)).toEqual(dims(33, 90, 160));
  });

  it('patchifies the HunyuanVideo latent 1×2×2 into a 33×45×80 grid of 118,800 tokens', () => {
    expect(tokenGrid(hunyuan)).toEqual(dims(33, 45, 80));
    expect(tokenCount(hunyuan)).toBe(118_800);
  });

  it('gives Mochi’s 163 frames at 480×848 a 28×60×106 latent and 44,520 tokens, with crop and pad alike (all divide)', () => {
    for (const fit of ['crop', 'pad'] as const) {
      const mochi = latentTokenizer(dims(163, 480, 848), dims(6, 8, 8), dims(1, 2, 2), fit, 12);
      expect(latentShape(mochi), fit).toEqual(dims(28, 60, 106));
      expect(tokenGrid(mochi), fit).toEqual(dims(28, 30, 53));
      expect(tokenCount(mochi), fit).toBe(44_520);
    }
  });

  it('gives Wan 2.1 at 480×832 with 81 frames its 32,760-token sequence (21×30×52)', () => {
    const wan = latentTokenizer(dims(81, 480, 832), dims(4, 8, 8), dims(1, 2, 2), 'crop');
    expect(tokenGrid(wan)).toEqual(dims(21, 30, 52));
    expect(tokenCount(wan)).toBe(32_760);
  });

  it('pads CogVideoX 1.5’s odd 21 latent frames to 11 two-frame slabs, where crop keeps 10', () => {
    const cog = (fit: Fit) => latentTokenizer(dims(81, 768, 1360), dims(4, 8, 8), dims(2, 2, 2), fit);
    expect(latentShape(cog('pad')).t).toBe(21);
    expect(tokenGrid(cog('pad')).t).toBe(11);
    expect(tokenGrid(cog('crop')).t).toBe(10);
  });
});

describe('latent frames', () => {
  it('keeps the causal first frame alone: 49 frames through a 4× causal VAE give 1 + 48/4 = 13', () => {
    expect(latentFrames(49, 4, true, 'crop')).toBe(13);
    expect(latentFrames(49, 4, true, 'pad')).toBe(13);
  });

  it('divides all frames when non-causal: 49 frames give 12 cropped or 13 padded, 48 give 12 either way', () => {
    expect(latentFrames(49, 4, false, 'crop')).toBe(12);
    expect(latentFrames(49, 4, false, 'pad')).toBe(13);
    expect(latentFrames(48, 4, false, 'crop')).toBe(12);
    expect(latentFrames(48, 4, false, 'pad')).toBe(12);
  });

  it('rounds the causal remainder after frame 0: 48 frames give 12 cropped (1 + ⌊47/4⌋) or 13 padded', () => {
    expect(latentFrames(48, 4, true, 'crop')).toBe(12);
    expect(latentFrames(48, 4, true, 'pad')).toBe(13);
  });

  it('turns a single frame into a single causal latent frame with either rule', () => {
    expect(latentFrames(1, 4, true, 'crop')).toBe(1);
    expect(latentFrames(1, 4, true, 'pad')).toBe(1);
  });

  it('keeps every frame with a temporal stride of 1 (an image VAE per frame)', () => {
    for (const causal of [true, false]) expect(latentFrames(17, 1, causal, 'crop')).toBe(17);
  });
});

describe('what one token holds', () => {
  it('holds C·pt·ph·pw = 16·1·2·2 = 64 numbers for a 16-channel latent and a 1×2×2 patch', () => {
    expect(valuesPerToken(latentTokenizer(dims(129, 720, 1280), dims(4, 8, 8), dims(1, 2, 2), 'pad', 16))).toBe(64);
  });

  it('holds 3·2·16·16 = 1,536 numbers for an RGB 2×16×16 tubelet', () => {
    expect(valuesPerToken(pixelTokenizer(dims(32, 360, 640), dims(2, 16, 16), 'crop'))).toBe(1_536);
  });

  it('covers 4×16×16 pixels in HunyuanVideo (VAE stride × patch, per axis)', () => {
    expect(pixelsPerToken(latentTokenizer(dims(129, 720, 1280), dims(4, 8, 8), dims(1, 2, 2), 'pad'))).toEqual(
      dims(4, 16, 16),
    );
  });

  it('keeps the axes apart when multiplying stride by patch (t, h, w each their own)', () => {
    expect(pixelsPerToken(latentTokenizer(dims(1, 1, 1), dims(2, 3, 5), dims(7, 11, 13), 'pad'))).toEqual(
      dims(14, 33, 65),
    );
  });
});

describe('empty grids', () => {
  it('leaves no tokens when crop drops everything: 10 px of input under a 16 px token', () => {
    const tok = pixelTokenizer(dims(2, 10, 640), dims(2, 16, 16), 'crop');
    expect(tokenGrid(tok).h).toBe(0);
    expect(tokenCount(tok)).toBe(0);
  });

  it('still gives one padded token for the same 10 px when padding', () => {
    expect(tokenGrid(pixelTokenizer(dims(2, 10, 640), dims(2, 16, 16), 'pad')).h).toBe(1);
  });
});

describe('invalid sizes', () => {
  const good = pixelTokenizer(dims(32, 360, 640), dims(2, 16, 16), 'crop');

  it.each([
    ['input', 't', 0],
    ['input', 'h', -3],
    ['input', 'w', 1.5],
    ['input', 't', Number.NaN],
    ['input', 'h', Number.POSITIVE_INFINITY],
    ['input', 'w', 2 ** 53],
    ['vae', 'h', 0],
    ['vae', 't', 0.5],
    ['patch', 'w', 0],
    ['patch', 't', -1],
  ] as const)('rejects %s.%s = %s, naming the axis and the value', (part, axis, bad) => {
    const tok = { ...good, [part]: { ...good[part], [axis]: bad } };
    expect(() => tokenGrid(tok)).toThrow(`invalid ${part}.${axis}: ${String(bad)}`);
  });

  it('rejects an invalid input in the latent stage as well', () => {
    expect(() => latentShape({ ...good, input: dims(32, 0, 640) })).toThrow('invalid input.h: 0');
  });
});

describe('exact counts', () => {
  it('counts a volume of 2^53 − 1 exactly', () => {
    expect(volumeOf(dims(2 ** 53 - 1, 1, 1))).toBe(2 ** 53 - 1);
  });

  it('throws rather than round a count of 2^53 or more, naming the dims', () => {
    expect(() => volumeOf(dims(2 ** 18, 2 ** 18, 2 ** 17))).toThrow('count exceeds 2^53: 262144x262144x131072');
    expect(() => volumeOf(dims(2 ** 53, 1, 1))).toThrow('count exceeds 2^53');
  });

  it('throws from tokenCount when the grid itself is too large to count', () => {
    const huge = pixelTokenizer(dims(1e6, 1e6, 1e6), ONE, 'crop');
    expect(() => tokenCount(huge)).toThrow('count exceeds 2^53');
  });
});

// Generators: sizes from one pixel to past 8K, VAE strides and patches up to 16.
const dimsUpTo = (max: number) =>
  fc.record({ t: fc.integer({ min: 1, max }), h: fc.integer({ min: 1, max }), w: fc.integer({ min: 1, max }) });
const fitArb = fc.constantFrom<Fit>('crop', 'pad');
const tokenizerArb: fc.Arbitrary<Tokenizer> = fc.record({
  input: dimsUpTo(10_000),
  vae: dimsUpTo(16),
  causal: fc.boolean(),
  patch: dimsUpTo(16),
  fit: fitArb,
  channels: fc.integer({ min: 1, max: 128 }),
});
const axisArb = fc.constantFrom(...AXES);

describe('token grid properties', () => {
  it('pads to at least as many tokens as it crops to, on every axis', () => {
    fc.assert(
      fc.property(tokenizerArb, (tok) => {
        const crop = tokenGrid({ ...tok, fit: 'crop' });
        const pad = tokenGrid({ ...tok, fit: 'pad' });
        for (const axis of AXES) expect(pad[axis]).toBeGreaterThanOrEqual(crop[axis]);
      }),
    );
  });

  it('never shrinks on any axis when one input dimension grows', () => {
    fc.assert(
      fc.property(tokenizerArb, axisArb, fc.integer({ min: 1, max: 100 }), (tok, axis, more) => {
        const before = tokenGrid(tok);
        const after = tokenGrid({ ...tok, input: { ...tok.input, [axis]: tok.input[axis] + more } });
        for (const a of AXES) expect(after[a]).toBeGreaterThanOrEqual(before[a]);
      }),
    );
  });

  it('composes the two stages in space into one division of H and W by s·p (floor for crop, ceil for pad)', () => {
    fc.assert(
      fc.property(tokenizerArb, (tok) => {
        const round = floorOrCeil(tok.fit);
        const grid = tokenGrid(tok);
        expect(grid.h).toBe(round(tok.input.h / (tok.vae.h * tok.patch.h)));
        expect(grid.w).toBe(round(tok.input.w / (tok.vae.w * tok.patch.w)));
      }),
    );
  });

  it('composes the two stages in time into one division of T by s_t·p_t for a non-causal VAE', () => {
    fc.assert(
      fc.property(tokenizerArb, (tok) => {
        const nonCausal = { ...tok, causal: false };
        expect(tokenGrid(nonCausal).t).toBe(floorOrCeil(tok.fit)(tok.input.t / (tok.vae.t * tok.patch.t)));
      }),
    );
  });

  it('treats a causal VAE as s_t − 1 frames of padding before frame 0: T′ = round((T + s_t − 1) / (s_t·p_t))', () => {
    fc.assert(
      fc.property(tokenizerArb, (tok) => {
        const causal = { ...tok, causal: true };
        const expected = floorOrCeil(tok.fit)((tok.input.t + tok.vae.t - 1) / (tok.vae.t * tok.patch.t));
        expect(tokenGrid(causal).t).toBe(expected);
      }),
    );
  });

  it('does not compose the causal first frame as 1 + (T − 1)/(s_t·p_t) once a patch spans 2 latent frames', () => {
    // 49 frames → 13 latent frames → ⌊13/2⌋ = 6 slabs; the tempting shortcut 1 + ⌊48/8⌋ would say 7.
    const tok = latentTokenizer(dims(49, 16, 16), dims(4, 8, 8), dims(2, 2, 2), 'crop');
    expect(tokenGrid(tok).t).toBe(6);
  });

  it('counts exactly the product of the grid', () => {
    fc.assert(
      fc.property(tokenizerArb, (tok) => {
        const grid = tokenGrid(tok);
        expect(tokenCount(tok)).toBe(grid.t * grid.h * grid.w);
      }),
    );
  });

  it('agrees between crop and pad whenever every stage divides exactly', () => {
    const exact = fc
      .record({ grid: dimsUpTo(40), vae: dimsUpTo(8), patch: dimsUpTo(8), causal: fc.boolean() })
      .map(({ grid, vae, patch, causal }) => {
        const latentT = grid.t * patch.t;
        const t = causal ? 1 + (latentT - 1) * vae.t : latentT * vae.t;
        const input = { t, h: grid.h * patch.h * vae.h, w: grid.w * patch.w * vae.w };
        return { grid, tok: { input, vae, causal, patch, fit: 'crop', channels: 16 } satisfies Tokenizer };
      });
    fc.assert(
      fc.property(exact, ({ grid, tok }) => {
        expect(tokenGrid(tok)).toEqual(grid);
        expect(tokenGrid({ ...tok, fit: 'pad' })).toEqual(grid);
      }),
    );
  });

  it('never lets crop cover more than the input, nor pad cover less', () => {
    fc.assert(
      fc.property(tokenizerArb, (tok) => {
        const crop = coverage({ ...tok, fit: 'crop' });
        const pad = coverage({ ...tok, fit: 'pad' });
        for (const axis of AXES) {
          expect(crop.span[axis]).toBeLessThanOrEqual(tok.input[axis]);
          expect(pad.span[axis]).toBeGreaterThanOrEqual(tok.input[axis]);
        }
      }),
    );
  });

  it('leaves less than one token’s worth uncovered by crop, and pads less than one token’s worth', () => {
    fc.assert(
      fc.property(tokenizerArb, (tok) => {
        const px = pixelsPerToken(tok);
        const crop = coverage({ ...tok, fit: 'crop' });
        const pad = coverage({ ...tok, fit: 'pad' });
        for (const axis of AXES) {
          expect(tok.input[axis] - crop.span[axis]).toBeLessThan(px[axis]);
          expect(pad.span[axis] - tok.input[axis]).toBeLessThan(px[axis]);
        }
      }),
    );
  });
});
