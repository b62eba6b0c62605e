import { describe, expect, it } from 'vitest';
import { pack } from '../../src/model/packing';

const TOK = { vae: { t: 4, h: 8, w: 8 }, causal: true, patch: { t: 1, h: 2, w: 2 }, fit: 'pad' as const, channels: 16 };

describe('pack', () => {
  it('lays each clip’s tokens end to end and totals them', () => {
    const packing = pack(
      [
        { id: 'landscape', input: { t: 49, h: 360, w: 640 } },
        { id: 'portrait', input: { t: 49, h: 640, w: 360 } },
        { id: 'image', input: { t: 1, h: 256, w: 256 } },
      ],
      TOK,
    );
    expect(packing.clips.map((c) => [c.id, c.tokens, c.start])).toEqual([
      ['landscape', 11_960, 0],
      ['portrait', 11_960, 11_960],
      ['image', 256, 23_920],
    ]);
    expect(packing.total).toBe(24_176);
  });
});
