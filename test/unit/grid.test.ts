import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { coverage, droppedFraction, paddingFraction, tokenFrameRange } from '../../src/model/extent';
import {
  type Dims,
  type Fit,
  type Tokenizer,
  latentShape,
  tokenCount,
  tokenGrid,
  valuesPerToken,
  volumeOf,
} from '../../src/model/grid';

const pixels = (input: Dims, patch: Dims, fit: Fit = 'crop'): Tokenizer => ({
  input,
  vae: { t: 1, h: 1, w: 1 },
  causal: false,
  patch,
  fit,
  channels: 3,
});
const latent = (input: Dims, fit: Fit = 'pad'): Tokenizer => ({
  input,
  vae: { t: 4, h: 8, w: 8 },
  causal: true,
  patch: { t: 1, h: 2, w: 2 },
  fit,
  channels: 16,
});

describe('token grid', () => {
  it('crops 32×360×640 with 2×16×16 patches to 16×22×40 = 14,080 tokens', () => {
    const tok = pixels({ t: 32, h: 360, w: 640 }, { t: 2, h: 16, w: 16 }, 'crop');
    expect(tokenGrid(tok)).toEqual({ t: 16, h: 22, w: 40 });
    expect(tokenCount(tok)).toBe(14_080);
  });

  it('pads the same input to 16×23×40 = 14,720 tokens', () => {
    expect(tokenCount(pixels({ t: 32, h: 360, w: 640 }, { t: 2, h: 16, w: 16 }, 'pad'))).toBe(14_720);
  });

  it('gives ViViT 8×14×14 = 1,568 tubelets for 16 frames at 224²', () => {
    expect(tokenGrid(pixels({ t: 16, h: 224, w: 224 }, { t: 2, h: 16, w: 16 }))).toEqual({ t: 8, h: 14, w: 14 });
  });

  it('encodes HunyuanVideo 129×720×1280 to a 33×90×160 latent and 118,800 tokens', () => {
    const tok = latent({ t: 129, h: 720, w: 1280 });
    expect(latentShape(tok)).toEqual({ t: 33, h: 90, w: 160 });
    expect(tokenCount(tok)).toBe(118_800);
  });

  it('keeps the causal first frame alone: 49 frames → 13 latent frames, 48 non-causal → 12', () => {
    expect(latentShape(latent({ t: 49, h: 8, w: 8 })).t).toBe(13);
    expect(latentShape({ ...latent({ t: 48, h: 8, w: 8 }), causal: false }).t).toBe(12);
  });

  it('counts 64 values per token for C=16 and a 1×2×2 patch, 1,536 for RGB 2×16×16', () => {
    expect(valuesPerToken(latent({ t: 1, h: 8, w: 8 }))).toBe(64);
    expect(valuesPerToken(pixels({ t: 2, h: 16, w: 16 }, { t: 2, h: 16, w: 16 }))).toBe(1_536);
  });

  it('leaves no tokens when crop drops everything', () => {
    expect(tokenCount(pixels({ t: 1, h: 10, w: 10 }, { t: 1, h: 16, w: 16 }))).toBe(0);
  });

  it('throws with the bad value on an invalid size or an unsafe count', () => {
    expect(() => tokenGrid(pixels({ t: 0, h: 1, w: 1 }, { t: 1, h: 1, w: 1 }))).toThrow('invalid input.t: 0');
    expect(() => volumeOf({ t: 2 ** 20, h: 2 ** 20, w: 2 ** 20 })).toThrow('count exceeds 2^53');
  });
});

const dims = (max: number) =>
  fc.record({ t: fc.integer({ min: 1, max }), h: fc.integer({ min: 1, max }), w: fc.integer({ min: 1, max }) });
const tokenizer = fc.record({
  input: dims(5000),
  vae: dims(16),
  causal: fc.boolean(),
  patch: dims(16),
  fit: fc.constantFrom<Fit>('crop', 'pad'),
  channels: fc.integer({ min: 1, max: 64 }),
});

describe('token grid properties', () => {
  it('pad never gives fewer tokens than crop, on any axis', () => {
    fc.assert(
      fc.property(tokenizer, (tok) => {
        const crop = tokenGrid({ ...tok, fit: 'crop' });
        const pad = tokenGrid({ ...tok, fit: 'pad' });
        return pad.t >= crop.t && pad.h >= crop.h && pad.w >= crop.w;
      }),
    );
  });

  it('grows monotonically with the input size', () => {
    fc.assert(
      fc.property(tokenizer, fc.constantFrom('t', 'h', 'w' as const), (tok, axis) => {
        const bigger = { ...tok, input: { ...tok.input, [axis]: tok.input[axis] + 1 } };
        return tokenCount(bigger) >= tokenCount(tok);
      }),
    );
  });

  it('composes floor/ceil across the VAE and patch stages into one division by s·p (space)', () => {
    fc.assert(
      fc.property(tokenizer, (tok) => {
        const round = tok.fit === 'crop' ? Math.floor : Math.ceil;
        const grid = tokenGrid(tok);
        return (
          grid.h === round(tok.input.h / (tok.vae.h * tok.patch.h)) &&
          grid.w === round(tok.input.w / (tok.vae.w * tok.patch.w))
        );
      }),
    );
  });

  it('covers no more than the input when cropping and at least the input when padding', () => {
    fc.assert(
      fc.property(tokenizer, (tok) => {
        const crop = coverage({ ...tok, fit: 'crop' });
        const pad = coverage({ ...tok, fit: 'pad' });
        const axes = ['t', 'h', 'w'] as const;
        return axes.every((a) => crop.span[a] <= tok.input[a] && pad.span[a] >= tok.input[a]);
      }),
    );
  });

  it('keeps padding and dropped shares within 0..1', () => {
    fc.assert(
      fc.property(tokenizer, (tok) => {
        const p = paddingFraction({ ...tok, fit: 'pad' });
        const d = droppedFraction({ ...tok, fit: 'crop' });
        return p >= 0 && p < 1 && d >= 0 && d <= 1;
      }),
    );
  });
});

describe('token extent in frames', () => {
  it('gives the causal first token frame 0 alone and the next four frames to the second', () => {
    const tok = latent({ t: 49, h: 8, w: 8 });
    expect(tokenFrameRange(tok, 0)).toEqual([0, 1]);
    expect(tokenFrameRange(tok, 1)).toEqual([1, 5]);
  });

  it('spans frames 0–4 with a 2-latent-frame patch on a causal 4× VAE', () => {
    expect(tokenFrameRange({ ...latent({ t: 49, h: 8, w: 8 }), patch: { t: 2, h: 2, w: 2 } }, 0)).toEqual([0, 5]);
  });
});
