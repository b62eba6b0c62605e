// The pixels one token covers, cut from the decoded volume, for the inspector's strip.
import type { VolumeShape } from './budget';
import type { Dims } from './grid';

export interface Region {
  readonly frames: readonly [number, number]; // [start, end) in nominal frames
  readonly rows: readonly [number, number]; // [start, end) in nominal pixels
  readonly cols: readonly [number, number];
}

export interface Tile {
  readonly widthPx: number;
  readonly heightPx: number;
  readonly rgba: Uint8ClampedArray;
}

/**
 * One tile per covered frame (at most `maxTiles`, evenly chosen), each `tilePx` tall, nearest-sampled from the
 * volume. Parts of the region past the input (padding) come out transparent.
 */
export function tokenTiles(
  volume: VolumeShape & { rgba: Uint8Array },
  input: Dims,
  region: Region,
  maxTiles: number,
  tilePx: number,
): Tile[] {
  const [f0, f1] = region.frames;
  const [y0, y1] = region.rows;
  const [x0, x1] = region.cols;
  const frames = Math.max(1, f1 - f0);
  const count = Math.min(frames, maxTiles);
  const heightPx = tilePx;
  const widthPx = Math.max(1, Math.round((tilePx * (x1 - x0)) / Math.max(1, y1 - y0)));
  return Array.from({ length: count }, (_, i) => {
    const f = f0 + Math.floor(((i + 0.5) * frames) / count);
    const rgba = new Uint8ClampedArray(widthPx * heightPx * 4);
    for (let ty = 0; ty < heightPx; ty++) {
      const y = y0 + ((ty + 0.5) * (y1 - y0)) / heightPx;
      for (let tx = 0; tx < widthPx; tx++) {
        const x = x0 + ((tx + 0.5) * (x1 - x0)) / widthPx;
        if (f >= input.t || y >= input.h || x >= input.w) continue; // padding stays transparent
        const vt = Math.min(volume.frames - 1, Math.floor((f * volume.frames) / input.t));
        const vy = Math.min(volume.heightPx - 1, Math.floor((y * volume.heightPx) / input.h));
        const vx = Math.min(volume.widthPx - 1, Math.floor((x * volume.widthPx) / input.w));
        const from = ((vt * volume.heightPx + vy) * volume.widthPx + vx) * 4;
        const to = (ty * widthPx + tx) * 4;
        rgba.set(volume.rgba.subarray(from, from + 4), to);
      }
    }
    return { widthPx, heightPx, rgba };
  });
}
