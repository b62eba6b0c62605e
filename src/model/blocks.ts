// When a grid has more tokens than can be drawn as separate cubes, neighbouring tokens are drawn as one
// block whose faces still show every token's cut lines. Draw cost then depends on maxBlocks, not on N.
import type { Dims } from './grid';

export function blockCount(grid: Dims, block: Dims): Dims {
  return { t: Math.ceil(grid.t / block.t), h: Math.ceil(grid.h / block.h), w: Math.ceil(grid.w / block.w) };
}

/** Tokens per block along each axis: 1×1×1 when the grid fits, else doubled on the longest axis until it does. */
export function blockSize(grid: Dims, maxBlocks: number): Dims {
  if (!(maxBlocks >= 1)) throw new Error(`invalid block limit: ${maxBlocks}`);
  const block = { t: 1, h: 1, w: 1 };
  for (;;) {
    const n = blockCount(grid, block);
    if (n.t * n.h * n.w <= maxBlocks) return block;
    const axis = n.w >= n.h && n.w >= n.t ? 'w' : n.h >= n.t ? 'h' : 't';
    block[axis] *= 2;
  }
}
