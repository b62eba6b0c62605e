import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { attentionCost, formatBig, formatExact } from '../../src/model/attention';

const hunyuan720p = { tokens: 118_800, modelWidth: 3072, heads: 24, framesT: 33, tokensPerFrame: 45 * 80 };

describe('attention cost per layer', () => {
  it('counts HunyuanVideo at 720p exactly: N², 4·N²·d, 24·N·d², 4·N·d·(S+T′), heads·N²·2', () => {
    expect(attentionCost(hunyuan720p)).toEqual({
      pairs: 14_113_440_000n,
      attentionFlops: 173_425_950_720_000n,
      linearFlops: 26_907_299_020_800n,
      factorisedFlops: 5_303_505_715_200n,
      factorisedRatio: (3600 + 33) / (3600 * 33),
      scoreMatrixBytes: 677_445_120_000n,
    });
  });

  it('uses 24·N·d² for the linear layers (not 24·N·d): they equal full attention at N = 6d', () => {
    const d = 1152;
    const at = (tokens: number) =>
      attentionCost({ tokens, modelWidth: d, heads: 16, framesT: 1, tokensPerFrame: tokens });
    expect(at(6 * d).attentionFlops).toBe(at(6 * d).linearFlops);
    expect(at(6 * d + 1).attentionFlops > at(6 * d + 1).linearFlops).toBe(true);
    expect(at(6 * d - 1).attentionFlops < at(6 * d - 1).linearFlops).toBe(true);
  });

  it('gives ViViT-B at 16×14×14 factorised attention (196+16)/(196·16) of full attention', () => {
    const cost = attentionCost({ tokens: 3136, modelWidth: 768, heads: 12, framesT: 16, tokensPerFrame: 196 });
    expect(cost.factorisedFlops).toBe(2_042_363_904n);
    expect(cost.attentionFlops).toBe(30_211_571_712n);
    expect(cost.factorisedRatio).toBeCloseTo(212 / 3136, 15);
    expect(cost.factorisedFlops * 3136n).toBe(cost.attentionFlops * 212n);
  });

  it('keeps N² exact where a double would round: N = 2^53 − 1', () => {
    const n = Number.MAX_SAFE_INTEGER;
    const { pairs } = attentionCost({ tokens: n, modelWidth: 1, heads: 1, framesT: 1, tokensPerFrame: n });
    expect(pairs).toBe(81_129_638_414_606_663_681_390_495_662_081n);
    expect(BigInt(n * n)).not.toBe(pairs);
  });

  it('counts exactly for any N, d, heads (property)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: Number.MAX_SAFE_INTEGER }),
        fc.integer({ min: 1, max: 65_536 }),
        fc.integer({ min: 1, max: 256 }),
        (tokens, d, heads) => {
          const cost = attentionCost({ tokens, modelWidth: d, heads, framesT: 1, tokensPerFrame: tokens });
          const n = BigInt(tokens);
          return (
            cost.pairs === n ** 2n &&
            cost.scoreMatrixBytes === BigInt(heads) * n ** 2n * 2n &&
            cost.attentionFlops * 6n * BigInt(d) === cost.linearFlops * n // ratio N/(6d), exactly
          );
        },
      ),
    );
  });

  it('costs nothing when crop leaves no tokens', () => {
    const cost = attentionCost({ tokens: 0, modelWidth: 768, heads: 12, framesT: 0, tokensPerFrame: 0 });
    expect([cost.pairs, cost.attentionFlops, cost.linearFlops, cost.scoreMatrixBytes, cost.factorisedRatio]).toEqual([
      0n,
      0n,
      0n,
      0n,
      0,
    ]);
  });

  it('throws with the bad value', () => {
    expect(() => attentionCost({ ...hunyuan720p, tokens: -1 })).toThrow('invalid tokens: -1');
    expect(() => attentionCost({ ...hunyuan720p, heads: 0 })).toThrow('invalid heads: 0');
    expect(() => attentionCost({ ...hunyuan720p, modelWidth: 1.5 })).toThrow('invalid model width: 1.5');
  });
});

describe('formatting big counts', () => {
  it.each([
    [0n, 'B', '0 B'],
    [999n, 'B', '999 B'],
    [1000n, 'B', '1 kB'],
    [1_234_567n, 'B', '1.23 MB'],
    [999_500n, 'B', '1 MB'],
    [677_445_120_000n, 'B', '677 GB'],
    [1_200_000_000_000_000n, 'FLOPs', '1.2 PFLOPs'],
    [173_425_950_720_000n, 'FLOPs', '173 TFLOPs'],
    [10n ** 33n, 'FLOPs', '1e33 FLOPs'],
    [1_500n, '', '1.5 k'],
  ])('%s %s → %s', (n, unit, text) => {
    expect(formatBig(n, unit)).toBe(text);
  });

  it.each([
    [0n, '0'],
    [999n, '999'],
    [1000n, '1,000'],
    [26_843_545_600_000n, '26,843,545,600,000'],
    [-1234n, '-1,234'],
  ])('writes %s exactly as %s', (n, text) => {
    expect(formatExact(n)).toBe(text);
  });
});
