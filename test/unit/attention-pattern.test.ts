import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  type AttentionSpec,
  PATTERNS,
  type Pattern,
  attentionUniformData,
  keysOf,
  membership,
  pairsOf,
  patternCost,
  windowStart,
} from '../../src/model/attention-pattern';
import type { Dims } from '../../src/model/grid';
import { positionOf } from '../../src/model/sequence';

const GRID: Dims = { t: 13, h: 23, w: 40 }; // 640×360, 49 frames, 4x8x8 causal VAE, 1x2x2 patch, pad
const spec = (pattern: Pattern, window: Dims = { t: 3, h: 5, w: 5 }): AttentionSpec => ({ pattern, window });
const origin = { t: 0, y: 0, x: 0 };
const popcount = (bits: number) => (bits & 1) + ((bits >> 1) & 1);

describe('attention patterns at 13×23×40 (the issue’s checks)', () => {
  it('spatial: 920 keys and 11,003,200 pairs', () => {
    expect(keysOf(spec('spatial'), GRID, { t: 6, y: 11, x: 20 })).toBe(920);
    expect(pairsOf(spec('spatial'), GRID)).toBe(11_003_200n);
  });
  it('causal: token 0 sees its own frame, 920 keys; the last frame sees all', () => {
    expect(keysOf(spec('causal'), GRID, origin)).toBe(920);
    expect(keysOf(spec('causal'), GRID, { t: 12, y: 0, x: 0 })).toBe(11_960);
    expect(pairsOf(spec('causal'), GRID)).toBe(920n * 920n * ((13n * 14n) / 2n));
  });
  it('window 3×5×5: token 0 sees 75 keys (the window shifted inward, not cut)', () => {
    expect(keysOf(spec('window'), GRID, origin)).toBe(75);
    expect(pairsOf(spec('window'), GRID)).toBe(11_960n * 75n);
  });
  it('full, temporal and factorised follow N², N·T′, N·(S+T′)', () => {
    expect(pairsOf(spec('full'), GRID)).toBe(11_960n ** 2n);
    expect(keysOf(spec('temporal'), GRID, origin)).toBe(13);
    expect(pairsOf(spec('temporal'), GRID)).toBe(11_960n * 13n);
    expect(keysOf(spec('factorised'), GRID, origin)).toBe(933);
    expect(pairsOf(spec('factorised'), GRID)).toBe(11_960n * 933n);
  });
  it('a window larger than an axis sees the whole axis', () => {
    expect(keysOf(spec('window', { t: 99, h: 1, w: 1 }), GRID, origin)).toBe(13);
  });
  it('costs 4·pairs·d and gives the ratio to full', () => {
    const cost = patternCost(spec('spatial'), GRID, 3072);
    expect(cost.flops).toBe(4n * 11_003_200n * 3072n);
    expect(cost.ratio).toBeCloseTo(1 / 13, 12);
    expect(patternCost(spec('full'), GRID, null)).toEqual({ pairs: 11_960n ** 2n, flops: null, ratio: 1 });
  });
  it('counts exactly at 1.8M tokens and beyond 2^53 pairs', () => {
    const big = { t: 33, h: 180, w: 320 }; // 1,900,800 tokens
    expect(pairsOf(spec('full'), big)).toBe(1_900_800n ** 2n);
    const huge = { t: 100_000, h: 1024, w: 1024 };
    expect(pairsOf(spec('causal'), huge)).toBe(1024n ** 4n * ((100_000n * 100_001n) / 2n));
  });
  it('rejects an even window', () => {
    expect(() => keysOf(spec('window', { t: 2, h: 5, w: 5 }), GRID, origin)).toThrow(/window.t: 2/);
  });
});

describe('NATTEN window start', () => {
  it('centres, then shifts inward at the borders', () => {
    expect([0, 1, 2, 5, 8, 9].map((q) => windowStart(q, 5, 10))).toEqual([0, 0, 0, 3, 5, 5]);
    expect(windowStart(3, 7, 4)).toBe(0);
  });
});

const smallGrid = fc.record({
  t: fc.integer({ min: 1, max: 5 }),
  h: fc.integer({ min: 1, max: 5 }),
  w: fc.integer({ min: 1, max: 5 }),
});
const oddSize = fc.integer({ min: 0, max: 3 }).map((k) => 2 * k + 1);
const anySpec = fc.record({
  pattern: fc.constantFrom(...PATTERNS),
  window: fc.record({ t: oddSize, h: oddSize, w: oddSize }),
});

describe('membership agrees with the counts (property)', () => {
  it('the member set of every query has keysOf members; pairs = Σ keys', () => {
    fc.assert(
      fc.property(smallGrid, anySpec, (grid, s) => {
        const n = grid.t * grid.h * grid.w;
        let total = 0n;
        for (let qi = 0; qi < n; qi++) {
          const q = positionOf(qi, grid);
          let members = 0;
          for (let ki = 0; ki < n; ki++) members += popcount(membership(s, grid, q, positionOf(ki, grid)));
          expect(members).toBe(keysOf(s, grid, q));
          total += BigInt(members);
        }
        expect(pairsOf(s, grid)).toBe(total);
      }),
      { numRuns: 150 },
    );
  });
  it('every query attends to itself, in every pass', () => {
    fc.assert(
      fc.property(smallGrid, anySpec, fc.nat(), (grid, s, seed) => {
        const q = positionOf(seed % (grid.t * grid.h * grid.w), grid);
        const passes = s.pattern === 'factorised' ? 3 : 1;
        expect(membership(s, grid, q, q)).toBe(passes);
      }),
    );
  });
});

describe('uniform data for the 3D highlight', () => {
  it('describes factorised as two passes and window sizes clamped to the grid', () => {
    const f = attentionUniformData(spec('factorised'), GRID);
    expect(f.passes).toBe(2);
    expect(f.sizes).toEqual([
      { t: 1, h: 23, w: 40 },
      { t: 13, h: 1, w: 1 },
    ]);
    const w = attentionUniformData(spec('window', { t: 3, h: 5, w: 99 }), GRID);
    expect(w.sizes[0]).toEqual({ t: 3, h: 5, w: 40 });
    expect(attentionUniformData(spec('causal'), GRID).kinds[0]).toEqual({ t: 1, h: 0, w: 0 });
  });
});
