import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { indexOf, positionOf } from '../../src/model/sequence';

const GRID = { t: 16, h: 22, w: 40 };

describe('sequence order (t-major raster)', () => {
  it('puts token 45 at (0, 1, 5) and token 1000 at (1, 3, 0)', () => {
    expect(positionOf(45, GRID)).toEqual({ t: 0, y: 1, x: 5 });
    expect(positionOf(1000, GRID)).toEqual({ t: 1, y: 3, x: 0 });
  });

  it('indexes t·(H′·W′) + y·W′ + x', () => {
    expect(indexOf({ t: 2, y: 3, x: 4 }, GRID)).toBe(2 * 880 + 3 * 40 + 4);
  });

  it('round-trips every index', () => {
    fc.assert(
      fc.property(
        fc.record({
          t: fc.integer({ min: 1, max: 300 }),
          h: fc.integer({ min: 1, max: 300 }),
          w: fc.integer({ min: 1, max: 300 }),
        }),
        fc.double({ min: 0, max: 1, noNaN: true, maxExcluded: true }),
        (grid, f) => {
          const index = Math.floor(f * grid.t * grid.h * grid.w);
          return indexOf(positionOf(index, grid), grid) === index;
        },
      ),
    );
  });

  it('rejects an index or a position outside the grid, naming it', () => {
    expect(() => positionOf(14_080, GRID)).toThrow('token index 14080 is outside 0..14079');
    expect(() => indexOf({ t: 0, y: 22, x: 0 }, GRID)).toThrow('token (0, 22, 0) is outside grid 16x22x40');
  });
});
