import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type AttentionMask, attentionMask, axisPrefix, maskBound, maskRowOf } from '../../src/model/attention-mask';
import { type AttentionSpec, PATTERNS, axisSees, membership, pairsOf } from '../../src/model/attention-pattern';
import { positionOf } from '../../src/model/sequence';

const oddSize = fc.integer({ min: 0, max: 3 }).map((k) => 2 * k + 1);
const anySpec = fc.record({
  pattern: fc.constantFrom(...PATTERNS),
  window: fc.record({ t: oddSize, h: oddSize, w: oddSize }),
});
const smallGrid = fc.record({
  t: fc.integer({ min: 1, max: 4 }),
  h: fc.integer({ min: 1, max: 4 }),
  w: fc.integer({ min: 1, max: 5 }),
});

/** The pairs a mask's shares stand for: each pixel's share times its block's area, summed over passes. */
function pairsInMask(mask: AttentionMask): number {
  const { size, tokens } = mask;
  const span = (i: number) => maskBound(i + 1, tokens, size) - maskBound(i, tokens, size);
  let total = 0;
  for (const share of mask.shares) share.forEach((v, i) => (total += v * span(Math.floor(i / size)) * span(i % size)));
  return total;
}

describe('per-axis prefix sums', () => {
  it('equal a brute-force count for windows and causal rules (property)', () => {
    const rule = fc.oneof(
      fc.integer({ min: 0, max: 6 }).map((k) => ({ kind: 'window' as const, size: 2 * k + 1 })),
      fc.constant({ kind: 'causal' as const }),
    );
    fc.assert(
      fc.property(rule, fc.integer({ min: 1, max: 12 }), fc.nat(12), fc.nat(12), (r, extent, qe, ke) => {
        const qEnd = Math.min(qe, extent);
        const kEnd = Math.min(ke, extent);
        let brute = 0;
        for (let q = 0; q < qEnd; q++) for (let k = 0; k < kEnd; k++) if (axisSees(r, q, k, extent)) brute += 1;
        expect(axisPrefix(r, extent, qEnd, kEnd)).toBe(brute);
      }),
    );
  });
});

describe('the attention mask', () => {
  it('draws one pixel per pair while N ≤ the size, exactly the membership', () => {
    fc.assert(
      fc.property(smallGrid, anySpec, (grid, s: AttentionSpec) => {
        const n = grid.t * grid.h * grid.w;
        const mask = attentionMask(s, grid, 512);
        expect(mask.size).toBe(n);
        mask.shares.forEach((share, p) => {
          for (let q = 0; q < n; q++)
            for (let k = 0; k < n; k++) {
              const bit = (membership(s, grid, positionOf(q, grid), positionOf(k, grid)) >> p) & 1;
              expect(share[q * n + k]).toBe(bit);
            }
        });
      }),
      { numRuns: 60 },
    );
  });
  it('downsamples to the share of allowed pairs per block; the shares add up to the pairs', () => {
    fc.assert(
      fc.property(smallGrid, anySpec, fc.integer({ min: 1, max: 7 }), (grid, s: AttentionSpec, size) => {
        expect(Math.round(pairsInMask(attentionMask(s, grid, size)))).toBe(Number(pairsOf(s, grid)));
      }),
      { numRuns: 100 },
    );
  });
  it('spatial at 13×23×40 is block-diagonal: one dark-free block per token frame', () => {
    const mask = attentionMask({ pattern: 'spatial', window: { t: 1, h: 1, w: 1 } }, { t: 13, h: 23, w: 40 }, 13);
    const share = mask.shares[0]!;
    for (let i = 0; i < 13; i++) for (let j = 0; j < 13; j++) expect(share[i * 13 + j]).toBe(i === j ? 1 : 0);
  });
  it('downsamples 1.8M tokens to 512×512 blocks whose shares add up to the exact pairs', () => {
    const grid = { t: 33, h: 180, w: 320 };
    const spec: AttentionSpec = { pattern: 'window', window: { t: 3, h: 7, w: 7 } };
    const mask = attentionMask(spec, grid);
    expect(mask.size).toBe(512);
    // Float sums of 262,144 shares: equal to the exact count to a part in a million.
    expect(Math.abs(pairsInMask(mask) / Number(pairsOf(spec, grid)) - 1)).toBeLessThan(1e-6);
  });
  it('handles a very long axis (16,384 tokens in one row) with tables the size of the mask, not the axis', () => {
    const grid = { t: 1, h: 1, w: 16_384 };
    const spec: AttentionSpec = { pattern: 'window', window: { t: 1, h: 1, w: 9 } };
    expect(Math.round(pairsInMask(attentionMask(spec, grid)))).toBe(Number(pairsOf(spec, grid))); // 16,384 × 9
  });
  it('finds the row of a token', () => {
    for (const [n, size] of [
      [10, 3],
      [1_900_800, 512],
      [7, 7],
    ] as const)
      for (const index of [0, 1, Math.floor(n / 2), n - 1]) {
        const row = maskRowOf(index, n, size);
        expect(maskBound(row, n, size) <= index && index < maskBound(row + 1, n, size)).toBe(true);
      }
  });
});
