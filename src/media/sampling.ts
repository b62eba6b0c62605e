// Which source frames become volume frames. Pure.
import { midFrameTimestamps } from '../model/budget';

/** `count` timestamps (s) at the middles of `count` equal slices of [start, start + duration]. */
export function sampleTimes(startSec: number, durationSec: number, count: number): number[] {
  if (!(durationSec > 0)) return Array.from({ length: count }, () => startSec);
  return midFrameTimestamps(durationSec, count).map((t) => startSec + t);
}

/** `count` frame indices sampled evenly from `total` frames, each at the middle of its slice. */
export function evenIndices(total: number, count: number): number[] {
  const n = Math.max(1, Math.min(count, total));
  return Array.from({ length: n }, (_, i) => Math.min(total - 1, Math.floor(((i + 0.5) * total) / n)));
}

/**
 * Fill frames the decoder had nothing for with their nearest earlier frame (or, at the start, the first
 * frame that exists). Returns false when no frame exists at all.
 */
export function fillMissing(present: readonly boolean[], copy: (from: number, to: number) => void): boolean {
  const first = present.indexOf(true);
  if (first < 0) return false;
  for (let i = 0; i < first; i += 1) copy(first, i);
  let last = first;
  for (let i = first + 1; i < present.length; i += 1) {
    if (present[i]) last = i;
    else copy(last, i);
  }
  return true;
}
