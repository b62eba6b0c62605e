// A slice plane through the volume: which part of it stays, and the cross-section on the cut.
// x–t holds one pixel row for every frame (a slit scan: motion shows as slanted streaks), y–t one pixel
// column, x–y one frame. The cut keeps the side that faces the default camera.
import type { Axis, Dims } from './grid';

export const SLICES = ['off', 'xt', 'yt', 'xy'] as const;
export type Slice = (typeof SLICES)[number];

export interface Cut {
  /** The axis the plane is perpendicular to: h for x–t, w for y–t, t for x–y. */
  readonly axis: Axis;
  /** The pixel row, column or frame the cross-section shows. */
  readonly index: number;
  /**
   * What stays, in nominal pixels per axis: [lo, hi), with ±Infinity where nothing is cut (padding past
   * the input stays). The cross-section lies on the face at `index`.
   */
  readonly keep: Readonly<Record<Axis, readonly [number, number]>>;
}

const AXIS_OF: Record<Exclude<Slice, 'off'>, Axis> = { xt: 'h', yt: 'w', xy: 't' };

/**
 * Where the plane cuts: at `at` (0..1) along its axis, on a whole row, column or frame. x–t keeps the rows
 * from the cut down and x–y the frames from the cut on (their cut faces look up and to the front); y–t keeps
 * the columns up to and including the cut (its face looks right).
 */
export function cutOf(slice: Slice, at: number, input: Dims): Cut | null {
  if (slice === 'off') return null;
  const axis = AXIS_OF[slice];
  const size = input[axis];
  const fraction = Number.isFinite(at) ? Math.min(1, Math.max(0, at)) : 0.5;
  const index = Math.min(size - 1, Math.floor(fraction * size));
  const all = [-Infinity, Infinity] as const;
  const keep = { t: all, h: all, w: all, [axis]: axis === 'w' ? [-Infinity, index + 1] : [index, Infinity] };
  return { axis, index, keep };
}

/** The cut's face, in nominal pixels along its axis: where the cross-section is drawn. */
export function cutFace(cut: Cut): number {
  const [lo, hi] = cut.keep[cut.axis];
  return Number.isFinite(lo) ? lo : hi;
}
