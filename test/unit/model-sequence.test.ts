// Spec for src/model/sequence.ts: tokens enter the transformer in time-major raster order,
// index = t·(H′·W′) + y·W′ + x.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Dims } from '../../src/model/grid';
import { type TokenPos, inGrid, indexOf, positionOf } from '../../src/model/sequence';

const GRID: Dims = { t: 16, h: 22, w: 40 }; // 32×360×640 cropped into 2×16×16 tubelets

describe('time-major raster order', () => {
  it('puts token 45 of a 16×22×40 grid at t=0, y=1, x=5', () => {
    expect(positionOf(45, GRID)).toEqual({ t: 0, y: 1, x: 5 });
  });

  it('puts token 1000 of a 16×22×40 grid at t=1, y=3, x=0 (880 tokens per frame)', () => {
    expect(positionOf(1000, GRID)).toEqual({ t: 1, y: 3, x: 0 });
  });

  it('starts at the origin and ends at the far corner', () => {
    expect(positionOf(0, GRID)).toEqual({ t: 0, y: 0, x: 0 });
    expect(positionOf(14_079, GRID)).toEqual({ t: 15, y: 21, x: 39 });
  });

  it('walks x first, then y, then t', () => {
    expect(indexOf({ t: 0, y: 0, x: 1 }, GRID)).toBe(1);
    expect(indexOf({ t: 0, y: 1, x: 0 }, GRID)).toBe(40);
    expect(indexOf({ t: 1, y: 0, x: 0 }, GRID)).toBe(880);
  });

  it('indexes (2, 3, 4) as 2·880 + 3·40 + 4 = 1,884 on a non-square grid', () => {
    expect(indexOf({ t: 2, y: 3, x: 4 }, GRID)).toBe(1_884);
  });
});

const gridArb = fc.record({
  t: fc.integer({ min: 1, max: 200 }),
  h: fc.integer({ min: 1, max: 200 }),
  w: fc.integer({ min: 1, max: 200 }),
});

describe('round trips', () => {
  it('maps every index to a position and back', () => {
    const arb = gridArb.chain((grid) =>
      fc.tuple(fc.constant(grid), fc.integer({ min: 0, max: grid.t * grid.h * grid.w - 1 })),
    );
    fc.assert(
      fc.property(arb, ([grid, index]) => {
        const pos = positionOf(index, grid);
        expect(inGrid(pos, grid)).toBe(true);
        expect(indexOf(pos, grid)).toBe(index);
      }),
    );
  });

  it('maps every position to an index and back', () => {
    const arb = gridArb.chain((grid) =>
      fc.tuple(
        fc.constant(grid),
        fc.record({
          t: fc.integer({ min: 0, max: grid.t - 1 }),
          y: fc.integer({ min: 0, max: grid.h - 1 }),
          x: fc.integer({ min: 0, max: grid.w - 1 }),
        }),
      ),
    );
    fc.assert(
      fc.property(arb, ([grid, pos]) => {
        const index = indexOf(pos, grid);
        expect(index).toBeGreaterThanOrEqual(0);
        expect(index).toBeLessThan(grid.t * grid.h * grid.w);
        expect(positionOf(index, grid)).toEqual(pos);
      }),
    );
  });
});

describe('out of range', () => {
  it.each([14_080, -1, 1.5, Number.NaN, Number.POSITIVE_INFINITY])(
    'rejects index %s, naming it and the valid range',
    (bad) => {
      expect(() => positionOf(bad, GRID)).toThrow(`token index ${String(bad)} is outside 0..14079`);
    },
  );

  it('rejects any index into an empty grid', () => {
    expect(() => positionOf(0, { t: 3, h: 0, w: 5 })).toThrow('token index 0 is outside');
  });

  it.each<TokenPos>([
    { t: 16, y: 0, x: 0 },
    { t: 0, y: 22, x: 0 },
    { t: 0, y: 0, x: 40 },
    { t: -1, y: 0, x: 0 },
    { t: 0, y: 0.5, x: 0 },
  ])('rejects position ($t, $y, $x), naming it and the grid', (pos) => {
    expect(inGrid(pos, GRID)).toBe(false);
    expect(() => indexOf(pos, GRID)).toThrow(`token (${pos.t}, ${pos.y}, ${pos.x}) is outside grid 16x22x40`);
  });
});
