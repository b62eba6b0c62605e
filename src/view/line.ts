// Where each item of the token sequence sits when the cubes line up: every token frame (time slab) is a
// tile of its own, whose rows are the frame's image rows in raster order, and tiles follow each other left
// to right, then down. So the line reads "frame by frame, row by row", every row starts a new image row,
// and every row's first token index is a multiple of the grid's width. The cubes shader (glsl/cubes.ts),
// the marks and picking all use this arithmetic; units are item slots, centred on the origin, +y up.
import type { Dims } from '../model/grid';

/** Empty slots between neighbouring tiles, across and down (down leaves room for the `t=k` mark). */
export const TILE_GAP = { x: 1, y: 1.5 } as const;
const TARGET_ASPECT = 2; // width : height of the whole line, as the sequence camera frames it

export interface TileLayout {
  readonly tiles: number; // tiles per row of tiles
  readonly width: number; // slots across the whole line
  readonly height: number; // slots down the whole line
}

/** Tiles per row that bring the whole line closest to TARGET_ASPECT. */
export function tileLayout(blocks: Dims): TileLayout {
  let best: TileLayout | null = null;
  let bestMiss = Infinity;
  for (let tiles = 1; tiles <= Math.max(1, blocks.t); tiles++) {
    const rows = Math.ceil(blocks.t / tiles);
    const width = tiles * (blocks.w + TILE_GAP.x) - TILE_GAP.x;
    const height = rows * (blocks.h + TILE_GAP.y) - TILE_GAP.y;
    const miss = Math.abs(Math.log(width / height / TARGET_ASPECT));
    if (miss < bestMiss) {
      bestMiss = miss;
      best = { tiles, width, height };
    }
  }
  return best ?? { tiles: 1, width: blocks.w, height: blocks.h };
}

/** Slot centre of item `i` (items in t-major raster order), in slots from the line's centre, +y up. */
export function lineSlot(i: number, blocks: Dims, line: TileLayout): { x: number; y: number } {
  const perSlab = blocks.h * blocks.w;
  const t = Math.floor(i / perSlab);
  const y = Math.floor((i - t * perSlab) / blocks.w);
  const x = i - t * perSlab - y * blocks.w;
  const tileCol = t % line.tiles;
  const tileRow = Math.floor(t / line.tiles);
  const sx = tileCol * (blocks.w + TILE_GAP.x) + x;
  const sy = tileRow * (blocks.h + TILE_GAP.y) + y;
  return { x: sx - (line.width - 1) / 2, y: (line.height - 1) / 2 - sy };
}

/** The item whose slot holds the point (slots from the centre, +y up), or null in a gap or outside. */
export function lineItemAt(px: number, py: number, blocks: Dims, line: TileLayout): number | null {
  const sx = px + (line.width - 1) / 2;
  const sy = (line.height - 1) / 2 - py;
  const tileCol = Math.floor((sx + 0.5) / (blocks.w + TILE_GAP.x));
  const tileRow = Math.floor((sy + 0.5) / (blocks.h + TILE_GAP.y));
  const x = Math.round(sx - tileCol * (blocks.w + TILE_GAP.x));
  const y = Math.round(sy - tileRow * (blocks.h + TILE_GAP.y));
  if (tileCol < 0 || tileRow < 0 || x < 0 || y < 0) return null;
  if (x >= blocks.w || y >= blocks.h || tileCol >= line.tiles) return null;
  const t = tileRow * line.tiles + tileCol;
  if (t >= blocks.t) return null;
  return (t * blocks.h + y) * blocks.w + x;
}
