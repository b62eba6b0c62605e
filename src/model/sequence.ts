// The order in which tokens enter the transformer: time-major raster, index = t·(H'·W') + y·W' + x.
import { type Dims, formatDims } from './grid';

export interface TokenPos {
  readonly t: number;
  readonly y: number;
  readonly x: number;
}

export function indexOf(pos: TokenPos, grid: Dims): number {
  if (!inGrid(pos, grid)) throw new Error(`token (${pos.t}, ${pos.y}, ${pos.x}) is outside grid ${formatDims(grid)}`);
  return (pos.t * grid.h + pos.y) * grid.w + pos.x;
}

export function positionOf(index: number, grid: Dims): TokenPos {
  const perFrame = grid.h * grid.w;
  if (!Number.isSafeInteger(index) || index < 0 || index >= perFrame * grid.t) {
    throw new Error(`token index ${index} is outside 0..${perFrame * grid.t - 1}`);
  }
  return splitIndex(index, grid);
}

/** Index → (t, y, x) in raster order, unchecked: index = count gives (T′, 0, 0), the end of a prefix. */
export function splitIndex(index: number, grid: Dims): TokenPos {
  const perFrame = grid.h * grid.w;
  const t = Math.floor(index / perFrame);
  const rest = index - t * perFrame;
  const y = Math.floor(rest / grid.w);
  return { t, y, x: rest - y * grid.w };
}

export function inGrid(pos: TokenPos, grid: Dims): boolean {
  return (
    [pos.t, pos.y, pos.x].every(Number.isSafeInteger) &&
    pos.t >= 0 &&
    pos.y >= 0 &&
    pos.x >= 0 &&
    pos.t < grid.t &&
    pos.y < grid.h &&
    pos.x < grid.w
  );
}
