import { describe, expect, it } from 'vitest';
import { attentionCost, formatBig } from '../../src/model/attention';
import type { Dims } from '../../src/model/grid';
import type { Preset } from '../../src/model/preset-types';
import { PRESETS, findPreset } from '../../src/model/presets';
import { presetTokenizer } from '../../src/model/preset-grid';
import { checkSize } from '../../src/model/rules';

const preset = (id: string): Preset => {
  const found = findPreset(id);
  if (!found) throw new Error(`no preset ${id}`);
  return found;
};
const typicalInput = (p: Preset): Dims => ({ t: p.typical.t, h: p.typical.h, w: p.typical.w });

// Strides, channels, causality and patch as each model's own code (the preset's `source`) sets them (t, h, w).
const REFERENCE: Record<string, [vae: string, channels: number, causal: boolean, patch: string]> = {
  vivit: ['1,1,1', 3, false, '2,16,16'],
  hunyuanvideo: ['4,8,8', 16, true, '1,2,2'],
  wan21: ['4,8,8', 16, true, '1,2,2'],
  'wan22-5b': ['4,16,16', 48, true, '1,2,2'],
  cogvideox: ['4,8,8', 16, true, '1,2,2'],
  cogvideox15: ['4,8,8', 16, true, '2,2,2'],
  mochi: ['6,8,8', 12, true, '1,2,2'],
  ltxv: ['8,32,32', 128, true, '1,1,1'],
  cosmos: ['8,8,8', 16, true, '1,2,2'],
  opensora10: ['1,8,8', 4, false, '1,2,2'],
  opensora12: ['4,8,8', 4, false, '1,2,2'],
  opensora20: ['4,8,8', 16, true, '1,2,2'],
  opensoraplan13: ['4,8,8', 8, true, '1,2,2'],
  latte: ['1,8,8', 4, false, '1,2,2'],
  moviegen: ['8,8,8', 16, false, '1,2,2'],
  'sora-like': ['4,8,8', 16, true, '1,2,2'],
};
const triple = (d: Dims): string => `${d.t},${d.h},${d.w}`;

describe('preset table', () => {
  it('has the sixteen required presets, each id once, all found by findPreset', () => {
    const ids = PRESETS.map((p) => p.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect([...ids].sort()).toEqual(Object.keys(REFERENCE).sort());
    for (const id of ids) expect(findPreset(id)?.id).toBe(id);
    expect(findPreset('sora')).toBeUndefined();
  });

  it.each(PRESETS.map((p) => [p.id, p] as const))(
    '%s matches the reference stride, C, causality and patch',
    (id, p) => {
      expect([triple(p.vae), p.channels, p.causal, triple(p.patch)]).toEqual(REFERENCE[id]);
    },
  );

  it('gives every model a width that splits evenly into its heads, and a source', () => {
    for (const p of PRESETS) {
      expect(p.modelWidth % p.heads, p.id).toBe(0);
      expect(p.layers, p.id).toBeGreaterThan(0);
      expect(p.source.length, p.id).toBeGreaterThan(10);
    }
  });

  it('names only real fields as unverified', () => {
    for (const p of PRESETS)
      for (const field of p.unverified ?? []) expect(Object.keys(p), `${p.id}.${field}`).toContain(field);
  });

  it('labels the Sora-like preset illustrative in its name and notes, and no other', () => {
    const illustrative = PRESETS.filter((p) => p.illustrative);
    expect(illustrative.map((p) => p.id)).toEqual(['sora-like']);
    expect(preset('sora-like').name).toMatch(/illustrative/i);
    expect(preset('sora-like').notes).toMatch(/illustrative/i);
  });

  it("keeps Open-Sora 1.2's chunk consistent with its stride: 17 frames → ⌈17/4⌉ = 5 latent frames", () => {
    const { chunk, vae } = preset('opensora12');
    expect(chunk).toEqual({ frames: 17, latents: 5 });
    expect(Math.ceil((chunk?.frames ?? 0) / vae.t)).toBe(chunk?.latents);
  });

  it('accepts every typical size under its own rules', () => {
    for (const p of PRESETS) expect(checkSize(p, typicalInput(p)), p.id).toEqual([]);
  });
});

// [id, grid at the typical size, where the figure comes from]
const EXAMPLES: [string, string, string][] = [
  ['vivit', '16,14,14', 'reference: 32 frames at 224² (3,136)'],
  ['hunyuanvideo', '33,45,80', 'reference: 720×1280×129 → 118,800'],
  ['mochi', '28,30,53', 'its README: 44,520'],
  ['moviegen', '32,48,48', 'its abstract: "73K tokens" = 73,728'],
  ['wan21', '21,45,80', 'hand-computed: 1+80/4, 720/16, 1280/16 = 75,600'],
  ['wan22-5b', '31,22,40', 'hand-computed: 1+120/4, 704/32, 1280/32 = 27,280'],
  ['cogvideox', '13,30,45', 'hand-computed: 1+48/4, 480/16, 720/16 = 17,550'],
  ['cogvideox15', '11,48,85', 'hand-computed: 21 latent frames padded to 22, /2; 768/16, 1360/16 = 44,880'],
  ['ltxv', '16,16,24', 'hand-computed: 1+120/8, 512/32, 768/32 = 6,144'],
  ['cosmos', '16,44,80', 'hand-computed: 1+120/8, 704/16, 1280/16 = 56,320'],
  ['opensora10', '16,32,32', 'hand-computed: 16 frames, 512/16, 512/16 = 16,384'],
  ['opensora12', '15,45,80', 'hand-computed: 3 chunks × 5, 720/16, 1280/16 = 54,000'],
  ['opensora20', '33,36,64', 'hand-computed: 1+128/4, 576/16, 1024/16 = 76,032'],
  ['opensoraplan13', '24,22,40', 'hand-computed: 1+92/4, 352/16, 640/16 = 21,120'],
  ['latte', '16,32,32', 'hand-computed: 16 frames, 512/16, 512/16 = 16,384'],
  ['sora-like', '61,68,120', 'hand-computed, illustrative: 1+240/4, ⌈1080/16⌉, 1920/16 = 497,760'],
];

describe('each preset at its typical size', () => {
  it('has an example for every preset', () => {
    expect(EXAMPLES.map(([id]) => id).sort()).toEqual(PRESETS.map((p) => p.id).sort());
  });

  it.each(EXAMPLES)('%s → %s (%s)', (id, grid) => {
    const p = preset(id);
    const result = presetTokenizer(p, typicalInput(p));
    expect(triple(result.grid)).toBe(grid);
    const [t, h, w] = grid.split(',').map(Number) as [number, number, number];
    expect(result.count).toBe(t * h * w);
  });

  it('gives ViViT 8×14×14 = 1,568 tubelets at 16 frames and 3,136 at 32', () => {
    expect(presetTokenizer(preset('vivit'), { t: 16, h: 224, w: 224 }).count).toBe(1_568);
    expect(presetTokenizer(preset('vivit'), { t: 32, h: 224, w: 224 }).count).toBe(3_136);
  });

  it('counts HunyuanVideo 720×1280×129 as 118,800 video tokens plus 256 text tokens', () => {
    const result = presetTokenizer(preset('hunyuanvideo'), { t: 129, h: 720, w: 1280 });
    expect([result.count, result.textTokens]).toEqual([118_800, 256]);
  });

  it('counts Movie Gen 768×768×256 as 73,728 tokens, the paper’s "73K"', () => {
    const { count } = presetTokenizer(preset('moviegen'), { t: 256, h: 768, w: 768 });
    expect(count).toBe(73_728);
    expect(Math.floor(count / 1000)).toBe(73); // 73.7K, which the abstract writes as 73K
  });

  it('puts HunyuanVideo’s naive 720p score matrix at 24·118,800²·2 B ≈ 677 GB with its own heads', () => {
    const p = preset('hunyuanvideo');
    const { count, grid } = presetTokenizer(p, { t: 129, h: 720, w: 1280 });
    const cost = attentionCost({
      tokens: count,
      modelWidth: p.modelWidth,
      heads: p.heads,
      framesT: grid.t,
      tokensPerFrame: grid.h * grid.w,
    });
    expect(cost.scoreMatrixBytes).toBe(677_445_120_000n);
    expect(formatBig(cost.scoreMatrixBytes, 'B')).toBe('677 GB');
  });
});
