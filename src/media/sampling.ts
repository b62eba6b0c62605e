// Which source frames become volume frames. Pure.
import { midFrameTimestamps } from '../model/budget';

/** `count` timestamps (s) at the middles of `count` equal slices of [start, start + duration]. */
export function sampleTimes(startSec: number, durationSec: number, count: number): number[] {
  if (!(durationSec > 0)) return Array.from({ length: count }, () => startSec);
  return midFrameTimestamps(durationSec, count).map((t) => startSec + t);
}

/** One of `count` equal slices of a clip; each volume frame comes from its own slice. Times in seconds. */
export interface SampleSlot {
  readonly startSec: number;
  readonly endSec: number;
}

export function sampleSlots(startSec: number, durationSec: number, count: number): SampleSlot[] {
  return Array.from({ length: count }, (_, i) => ({
    startSec: startSec + (i * durationSec) / count,
    endSec: startSec + ((i + 1) * durationSec) / count,
  }));
}

/**
 * The time to decode for a slice: the key frame inside it if there is one (decoding it costs one frame, not
 * a run from the previous key frame), else the slice's middle. `keySec` is the last key frame before its end.
 */
export function timeInSlot(slot: SampleSlot, keySec: number | null): number {
  return keySec !== null && keySec >= slot.startSec && keySec < slot.endSec
    ? keySec
    : (slot.startSec + slot.endSec) / 2;
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

/**
 * What became of each volume frame: decoded; damaged (the decoder failed on it, or it lies between a failure
 * and the next key frame); or missing (the source had nothing for it: its bytes are not in the file).
 */
export type FrameState = 'decoded' | 'damaged' | 'missing';

/** Whether a clip with these frames can be shown, and how many of its frames are filled from a neighbour. */
export type FramesVerdict =
  | { readonly ok: true; readonly damaged: number }
  | { readonly ok: false; readonly reason: 'nothing-decoded' | 'cut-short' };

export function judgeFrames(states: readonly FrameState[]): FramesVerdict {
  const first = states.indexOf('decoded');
  if (first < 0) return { ok: false, reason: 'nothing-decoded' };
  // Frames missing before the first one are the clip starting late; missing after it, the file was cut short.
  if (states.indexOf('missing', first) >= 0) return { ok: false, reason: 'cut-short' };
  return { ok: true, damaged: states.filter((state) => state === 'damaged').length };
}

/**
 * Where decoding resumes after the decoder failed on frame `failed`: the first frame at or after the next key
 * frame (`keySec`, null when there is none), and always past `failed`. `times` ascend.
 */
export function resumeIndex(times: readonly number[], failed: number, keySec: number | null): number {
  if (keySec === null) return times.length;
  let i = failed + 1;
  while (i < times.length && times[i]! < keySec) i += 1;
  return i;
}
