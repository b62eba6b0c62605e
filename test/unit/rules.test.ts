import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type Dims, type Fit, divideFit, tokenGrid } from '../../src/model/grid';
import type { Preset } from '../../src/model/preset-types';
import { PRESETS, findPreset } from '../../src/model/presets';
import { chunkedLatentFrames, presetTokenizer } from '../../src/model/preset-grid';
import { checkSize, formatRule, nearestValid, validAtOrAbove } from '../../src/model/rules';
import { presetNoteText } from '../../src/ui/model-notes';

const preset = (id: string): Preset => {
  const found = findPreset(id);
  if (!found) throw new Error(`no preset ${id}`);
  return found;
};
const shape = (d: Dims): string => `${d.t}×${d.h}×${d.w}`;

describe('frame rules', () => {
  it('finds the nearest 4k+1 to 128: 129', () => {
    expect(nearestValid(128, { multiple: 4, offset: 1 })).toBe(129);
  });

  it('sends a tie up: 160 is 3 from 157 and 3 from 163 under 6k+1, so 163', () => {
    expect(nearestValid(160, { multiple: 6, offset: 1 })).toBe(163);
    expect(nearestValid(159, { multiple: 6, offset: 1 })).toBe(157);
    expect(nearestValid(163, { multiple: 6, offset: 1 })).toBe(163);
  });

  it('never answers below 1: 8k rounds 1 and 4 up to 8, and ties 12 up to 16', () => {
    expect(nearestValid(1, { multiple: 8, offset: 0 })).toBe(8);
    expect(nearestValid(4, { multiple: 8, offset: 0 })).toBe(8);
    expect(nearestValid(12, { multiple: 8, offset: 0 })).toBe(16);
  });

  it('pads up to the next valid count: 120 → 121 and 122 → 129 under 8k+1', () => {
    expect(validAtOrAbove(120, { multiple: 8, offset: 1 })).toBe(121);
    expect(validAtOrAbove(122, { multiple: 8, offset: 1 })).toBe(129);
    expect(validAtOrAbove(1, { multiple: 8, offset: 1 })).toBe(1);
  });

  it('writes rules as 4k+1 and 8k', () => {
    expect(formatRule({ multiple: 4, offset: 1 })).toBe('4k+1');
    expect(formatRule({ multiple: 8, offset: 0 })).toBe('8k');
  });

  it('throws with the bad value', () => {
    expect(() => nearestValid(0, { multiple: 4, offset: 1 })).toThrow('invalid count: 0');
    expect(() => nearestValid(2.5, { multiple: 4, offset: 1 })).toThrow('invalid count: 2.5');
    expect(() => nearestValid(5, { multiple: 0, offset: 1 })).toThrow('invalid frame rule: 0k+1');
  });

  it('returns a valid count no farther than any other valid count (property)', () => {
    const rule = fc.record({ multiple: fc.integer({ min: 1, max: 64 }), offset: fc.integer({ min: 0, max: 8 }) });
    fc.assert(
      fc.property(rule, fc.integer({ min: 1, max: 100_000 }), (r, n) => {
        const v = nearestValid(n, r);
        const valid = (x: number) => x >= 1 && x >= r.offset && (x - r.offset) % r.multiple === 0;
        const rivals = [v - r.multiple, v + r.multiple].filter(valid);
        return (
          valid(v) &&
          rivals.every((x) => Math.abs(x - n) > Math.abs(v - n) || (Math.abs(x - n) === Math.abs(v - n) && x < v))
        );
      }),
    );
  });
});

describe('checkSize', () => {
  it('says "HunyuanVideo needs 4k+1 frames: 129?" for 128 frames', () => {
    expect(checkSize(preset('hunyuanvideo'), { t: 128, h: 720, w: 1280 })).toEqual([
      { axis: 't', nearest: 129, message: 'HunyuanVideo needs 4k+1 frames: 129?' },
    ]);
  });

  it('says "Mochi needs 6k+1 frames: 163?" for 160 frames', () => {
    expect(checkSize(preset('mochi'), { t: 160, h: 480, w: 848 }).map((v) => v.message)).toEqual([
      'Mochi needs 6k+1 frames: 163?',
    ]);
  });

  it('flags a size CogVideoX refuses, with the nearest multiple of 8 (ties up)', () => {
    expect(checkSize(preset('cogvideox'), { t: 49, h: 476, w: 720 })).toEqual([
      { axis: 'h', nearest: 480, message: 'CogVideoX needs H to be a multiple of 8 px: 480?' },
    ]);
  });

  it('says "expects" where the model runs anyway and floors: Wan 2.1 at 80 frames', () => {
    expect(checkSize(preset('wan21'), { t: 80, h: 720, w: 1280 }).map((v) => v.message)).toEqual([
      'Wan 2.1 14B expects 4k+1 frames: 81?',
    ]);
  });

  it('does not flag what a model pads: HunyuanVideo at 1276 px wide, LTX-Video at 500×700×120', () => {
    expect(checkSize(preset('hunyuanvideo'), { t: 129, h: 720, w: 1276 })).toEqual([]);
    expect(checkSize(preset('ltxv'), { t: 120, h: 500, w: 700 })).toEqual([]);
  });

  it('throws with the bad value on an invalid input', () => {
    expect(() => checkSize(preset('mochi'), { t: 0, h: 480, w: 848 })).toThrow('invalid input.t: 0');
  });
});

describe('presetTokenizer: what each model does itself', () => {
  it('rounds HunyuanVideo’s H, W up to 16 px: 1276 px wide gives the same 80 columns as 1280', () => {
    const result = presetTokenizer(preset('hunyuanvideo'), { t: 129, h: 720, w: 1276 });
    expect(shape(result.grid)).toBe('33×45×80');
    expect(result.notes.map(presetNoteText)).toContain(
      'HunyuanVideo pads its input: W 1276 → 1280 (multiple of 16 px).',
    );
  });

  it('pads LTX-Video to 8k+1 frames and 32 px: 120×500×700 becomes 121×512×704, a 16×16×22 grid', () => {
    const result = presetTokenizer(preset('ltxv'), { t: 120, h: 500, w: 700 });
    expect(shape(result.grid)).toBe('16×16×22');
    expect(result.notes.map(presetNoteText)[0]).toBe(
      'LTX-Video pads its input: frames 120 → 121 (8k+1), H 500 → 512 (multiple of 32 px), W 700 → 704 (multiple of 32 px).',
    );
  });

  it('pads CogVideoX 1.5’s odd latent frame count to even before the 2-frame patch', () => {
    const p = preset('cogvideox15');
    const frames = (t: number) => presetTokenizer(p, { t, h: 768, w: 1360 }).grid.t;
    expect([frames(81), frames(85), frames(89), frames(1)]).toEqual([11, 11, 12, 1]);
    expect(presetTokenizer(p, { t: 81, h: 768, w: 1360 }).notes.map(presetNoteText)).toContain(
      'CogVideoX 1.5 pads 21 latent frames to 22 so its 2-frame patch divides them.',
    );
    expect(presetTokenizer(p, { t: 85, h: 768, w: 1360 }).notes.map(presetNoteText).join(' ')).not.toMatch(
      /latent frames to/,
    );
    // The padding is the pipeline's, not the patch's rounding: a floor at the patch still gets 11.
    expect(presetTokenizer({ ...p, fit: 'crop' }, { t: 81, h: 768, w: 1360 }).grid.t).toBe(11);
  });

  it('encodes Open-Sora 1.2 in 17-frame chunks of 5 latent frames, a short last chunk giving ⌈r/4⌉', () => {
    const latentT = (t: number) => presetTokenizer(preset('opensora12'), { t, h: 720, w: 1280 }).grid.t;
    expect([1, 4, 5, 17, 18, 21, 22, 34, 51, 102].map(latentT)).toEqual([1, 1, 2, 5, 6, 6, 7, 10, 15, 30]);
    expect(1 + Math.floor((51 - 1) / 4)).toBe(13); // what a causal 4× VAE would give instead
    expect(presetTokenizer(preset('opensora12'), { t: 20, h: 720, w: 1280 }).notes.map(presetNoteText)[0]).toBe(
      'Open-Sora 1.2 encodes 17-frame chunks, 5 latent frames each: 20 frames = 1 chunk + a last chunk of 3 frames, padded at the front to 4 → 6 latent frames.',
    );
  });

  it('counts chunked latent frames as 5 per full chunk plus ⌈r/4⌉ (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10_000 }), fc.integer({ min: 0, max: 16 }), (chunks, r) => {
        return chunkedLatentFrames(17 * chunks + r, { frames: 17, latents: 5 }, 4) === 5 * chunks + Math.ceil(r / 4);
      }),
    );
  });

  it('floors Open-Sora 1.0’s image VAE and then pads to the patch: 20 px → 2 latent → 1 token, 24 px → 3 → 2', () => {
    const p = preset('opensora10');
    expect(presetTokenizer(p, { t: 16, h: 20, w: 24 }).grid).toEqual({ t: 16, h: 1, w: 2 });
    // One ceil by s·p would give 2 rows for 20 px; the view's tokenizer says so, and a note names the difference.
    expect(tokenGrid(presetTokenizer(p, { t: 16, h: 20, w: 24 }).tok).h).toBe(2);
    expect(presetTokenizer(p, { t: 16, h: 20, w: 24 }).notes.map(presetNoteText)).toContain(
      'The view draws one pad rule (16×2×2); Open-Sora 1.0 itself makes 16×1×2.',
    );
  });

  it('floors Wan 2.1 at 80 frames to 20 latent frames and notes the broken rule', () => {
    const result = presetTokenizer(preset('wan21'), { t: 80, h: 720, w: 1280 });
    expect(shape(result.grid)).toBe('20×45×80');
    expect(result.notes.map(presetNoteText)).toContain(
      'Wan 2.1 14B breaks a size rule here; the grid follows its formulas anyway.',
    );
  });

  it('hands the view a tokenizer over the user’s own input with the preset’s stride, patch, fit and C', () => {
    const input = { t: 129, h: 720, w: 1276 };
    expect(presetTokenizer(preset('hunyuanvideo'), input).tok).toEqual({
      input,
      vae: { t: 4, h: 8, w: 8 },
      causal: true,
      patch: { t: 1, h: 2, w: 2 },
      fit: 'pad',
      channels: 16,
    });
  });

  it('throws with the bad value on an invalid input', () => {
    expect(() => presetTokenizer(preset('mochi'), { t: 163, h: 0, w: 848 })).toThrow('invalid input.h: 0');
  });
});

const presetArb = fc.constantFrom(...PRESETS);
const inputArb = (max: number) =>
  fc.record({
    t: fc.integer({ min: 1, max }),
    h: fc.integer({ min: 1, max: 4 * max }),
    w: fc.integer({ min: 1, max: 4 * max }),
  });
const withFit = (p: Preset, fit: Fit): Preset => ({ ...p, fit, vaeFit: fit });

describe('presetTokenizer properties', () => {
  it('never gives fewer tokens on any axis with pad than with crop', () => {
    fc.assert(
      fc.property(presetArb, inputArb(600), (p, input) => {
        const pad = presetTokenizer(withFit(p, 'pad'), input).grid;
        const crop = presetTokenizer(withFit(p, 'crop'), input).grid;
        return pad.t >= crop.t && pad.h >= crop.h && pad.w >= crop.w;
      }),
    );
  });

  it('never gives fewer tokens for a bigger input, for every preset as shipped', () => {
    fc.assert(
      fc.property(
        presetArb,
        inputArb(600),
        fc.constantFrom('t' as const, 'h' as const, 'w' as const),
        (p, input, axis) => {
          const bigger = { ...input, [axis]: input[axis] + 1 };
          return presetTokenizer(p, bigger).count >= presetTokenizer(p, input).count;
        },
      ),
    );
  });

  it('composes floor and ceil across stages: f(f(H/s)/p) = f(H/(s·p))', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 1e9 }),
        fc.integer({ min: 1, max: 64 }),
        fc.integer({ min: 1, max: 64 }),
        fc.constantFrom<Fit>('crop', 'pad'),
        (n, s, p, fit) => {
          return divideFit(divideFit(n, s, fit), p, fit) === divideFit(n, s * p, fit);
        },
      ),
    );
  });

  it('so a preset with one rounding rule and no size padding divides H, W once by s·p', () => {
    const single = PRESETS.filter((p) => p.vaeFit === undefined && p.sizeMultiplePx?.mode !== 'pad');
    expect(single.length).toBeGreaterThan(5);
    fc.assert(
      fc.property(fc.constantFrom(...single), inputArb(2000), (p, input) => {
        const { grid } = presetTokenizer(p, input);
        return (
          grid.h === divideFit(input.h, p.vae.h * p.patch.h, p.fit) &&
          grid.w === divideFit(input.w, p.vae.w * p.patch.w, p.fit)
        );
      }),
    );
  });

  it('draws exactly the model’s grid for any input every rule accepts (48k+1 frames, 64·j px), except Open-Sora 1.2’s chunks', () => {
    const drawable = PRESETS.filter((p) => p.chunk === undefined);
    fc.assert(
      fc.property(
        fc.constantFrom(...drawable),
        fc.integer({ min: 0, max: 20 }),
        fc.integer({ min: 1, max: 40 }),
        fc.integer({ min: 1, max: 40 }),
        (p, k, i, j) => {
          const result = presetTokenizer(p, { t: 48 * k + 1, h: 64 * i, w: 64 * j });
          return shape(tokenGrid(result.tok)) === shape(result.grid) && !result.notes.some((n) => n.kind === 'drawn');
        },
      ),
    );
  });

  it('counts exactly past 10^12: 1×1×1 pixel patches over 100,000 frames of 16384² = 26,843,545,600,000', () => {
    const pixels: Preset = { ...preset('vivit'), patch: { t: 1, h: 1, w: 1 } };
    const { count } = presetTokenizer(pixels, { t: 100_000, h: 16_384, w: 16_384 });
    expect(count).toBe(26_843_545_600_000);
    expect(BigInt(count)).toBe(100_000n * 16_384n * 16_384n);
  });

  it('counts every large pixel grid exactly or throws, never rounds (property)', () => {
    const pixels: Preset = { ...preset('vivit'), patch: { t: 1, h: 1, w: 1 } };
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 2 ** 20 }),
        fc.integer({ min: 1, max: 2 ** 17 }),
        fc.integer({ min: 1, max: 2 ** 17 }),
        (t, h, w) => {
          const exact = BigInt(t) * BigInt(h) * BigInt(w);
          if (exact > BigInt(Number.MAX_SAFE_INTEGER)) {
            expect(() => presetTokenizer(pixels, { t, h, w })).toThrow('count exceeds 2^53');
            return true;
          }
          return BigInt(presetTokenizer(pixels, { t, h, w }).count) === exact;
        },
      ),
    );
  });
});
