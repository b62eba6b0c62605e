import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { blockCount, blockSize } from '../../src/model/blocks';

describe('blockSize', () => {
  it('draws every token as its own cube when the grid fits', () => {
    expect(blockSize({ t: 16, h: 22, w: 40 }, 16_384)).toEqual({ t: 1, h: 1, w: 1 });
  });

  it('groups tokens along the longest axis first when the grid is too large', () => {
    // 1.8M tokens: 33×90×160 pixel-space grid → blocks must cut the count under the limit.
    const block = blockSize({ t: 33, h: 90, w: 160 }, 16_384);
    const n = blockCount({ t: 33, h: 90, w: 160 }, block);
    expect(n.t * n.h * n.w).toBeLessThanOrEqual(16_384);
    expect(block.w).toBeGreaterThan(1);
  });

  it('never exceeds the limit and never groups more than needed on an axis of one', () => {
    fc.assert(
      fc.property(
        fc.record({
          t: fc.integer({ min: 1, max: 5000 }),
          h: fc.integer({ min: 1, max: 5000 }),
          w: fc.integer({ min: 1, max: 5000 }),
        }),
        fc.integer({ min: 1, max: 100_000 }),
        (grid, max) => {
          const n = blockCount(grid, blockSize(grid, max));
          return n.t * n.h * n.w <= max;
        },
      ),
    );
  });

  it('rejects a limit below one block', () => {
    expect(() => blockSize({ t: 1, h: 1, w: 1 }, 0)).toThrow('invalid block limit: 0');
  });
});
