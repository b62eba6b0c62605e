import { describe, expect, it } from 'vitest';
import { PRESET_ATTENTION, ropeFrequencies } from '../../src/model/preset-attention';
import { PRESETS } from '../../src/model/presets';

describe('per-preset attention data', () => {
  it('covers every preset, and nothing else', () => {
    expect(Object.keys(PRESET_ATTENTION).sort()).toEqual(PRESETS.map((p) => p.id).sort());
  });
  it('splits each RoPE head exactly, and agrees with the preset’s width and heads', () => {
    for (const preset of PRESETS) {
      const a = PRESET_ATTENTION[preset.id]!;
      if (!preset.illustrative) expect(a.headDim * preset.heads, preset.id).toBe(preset.modelWidth);
      if (a.position.kind === 'rope3d') {
        const { t, h, w } = a.position.split;
        expect(t + h + w, preset.id).toBe(a.headDim);
      }
    }
  });
  it('matches the reference: HunyuanVideo [16, 56, 56], Wan 44/42/42', () => {
    expect(PRESET_ATTENTION.hunyuanvideo!.position).toMatchObject({ split: { t: 16, h: 56, w: 56 } });
    expect(PRESET_ATTENTION.wan21!.position).toMatchObject({ split: { t: 44, h: 42, w: 42 } });
  });
  it('offers a window with odd sizes', () => {
    for (const a of Object.values(PRESET_ATTENTION))
      for (const size of Object.values(a.offers?.window ?? {})) expect(size % 2).toBe(1);
  });
  it('gives RoPE frequencies from 1 down towards 1/theta', () => {
    const f = ropeFrequencies(16, 256);
    expect(f).toHaveLength(8);
    expect(f[0]).toBe(1);
    expect(f[7]).toBeCloseTo(256 ** (-14 / 16), 12);
  });
});
