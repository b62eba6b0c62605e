// Frames on their way to the view, handed on in runs. Those decoded before the view is made wait for it, and
// then go together, at once: the view is made once the decode has started (main.ts), and by then most of a short
// clip is here, so the first picture shows it (handing on only the first frame cost a software GPU a first
// picture of one frame, 0.1-0.25 s, that the rest of the upload then waited for). Later, the first frame goes at
// once (the picture starts with it) and the rest follow together, one call for each run
// of consecutive frames, at an animation frame and no sooner than the last call took (at most 0.4 s): uploads
// take at most about half of the page's time. In software WebGL an upload costs the page 10-25 ms a frame, more
// the more frames (a profile: 0.5 s for a run of most of the clip), so a run waits for no more than what came
// since the last one: big runs only held the page up longer. Nor do frames go while the view's GPU is still
// drawing a frame (`idle`): in software WebGL an upload then holds the page until that frame is done. The
// decode never waits for an upload; frames still waiting when the clip is whole go up with it.
import { sameVolumeShape, type VolumeShape } from '../model/budget';

export interface UploadQueue {
  push(shape: VolumeShape, first: number, rgba: Uint8Array): void;
  /** Frames wait until `ready` settles (the view being made); then those waiting go at once, together. */
  holdUntil(ready: Promise<unknown>): void;
  /** Forget the frames not yet handed on. */
  clear(): void;
  /** Milliseconds spent handing frames on so far. */
  readonly spentMs: number;
  /** Calls made to hand frames on so far. */
  readonly calls: number;
}

/** While the view's GPU is busy, frames wait and the queue looks again this often. */
const BUSY_POLL_MS = 40;
/** At most this long to wait for an animation frame (a busy page, or one with no animation frames at all). */
const LATE_MS = 100;
/** The next batch waits at least this many times as long as the last one took, */
const SPACING = 1;
/** but no longer than this: the first call also allocates the texture, and the picture should keep growing. */
const MAX_GAP_MS = 400;

interface Scheduled {
  frame: number | null;
  timer: ReturnType<typeof setTimeout> | null;
}

interface Frames {
  readonly shape: VolumeShape;
  readonly first: number;
  readonly rgba: Uint8Array;
}

type Put = (shape: VolumeShape, first: number, rgba: Uint8Array) => void;

/** `idle`: whether frames handed on now go up at once (false: the view's GPU is busy, they wait). */
export function createUploadQueue(put: Put, idle: () => boolean = () => true): UploadQueue {
  let waiting: Frames[] = [];
  let scheduled: Scheduled | null = null;
  let spentMs = 0;
  let calls = 0;
  let notBefore = -Infinity; // the next batch's earliest time (performance.now())
  let started = false; // a frame was handed on since the last clear
  let held = false; // the view is not made yet

  function unschedule(): void {
    if (scheduled?.frame != null) cancelAnimationFrame(scheduled.frame);
    if (scheduled?.timer != null) clearTimeout(scheduled.timer);
    scheduled = null;
  }

  /** A batch at the first animation frame after `delayMs`, or LATE_MS after that when none comes. */
  function schedule(delayMs: number): void {
    const handle: Scheduled = { frame: null, timer: null };
    scheduled = handle;
    const once = (): void => {
      if (scheduled !== handle) return; // cleared, or the other of the two came first
      unschedule();
      flush();
    };
    const arm = (): void => {
      handle.frame = typeof requestAnimationFrame === 'function' ? requestAnimationFrame(once) : null;
      handle.timer = setTimeout(once, LATE_MS);
    };
    if (delayMs > 0) handle.timer = setTimeout(arm, delayMs);
    else arm();
  }

  function hand(batch: readonly Frames[]): void {
    const t0 = performance.now();
    for (const run of runsOf(batch)) {
      put(run.shape, run.first, run.rgba);
      calls += 1;
    }
    const took = performance.now() - t0;
    spentMs += took;
    notBefore = performance.now() + Math.min(SPACING * took, MAX_GAP_MS);
  }

  function flush(): void {
    if (!idle()) return schedule(BUSY_POLL_MS);
    const batch = waiting;
    waiting = [];
    if (batch.length > 0) hand(batch);
  }

  /**
   * `count` of the waiting frames at once: the picture starts with them, even while the page is too busy to
   * animate. The rest follow.
   */
  function begin(count: number): void {
    started = true;
    unschedule();
    if (!idle()) return schedule(BUSY_POLL_MS); // then they all go together
    hand(waiting.splice(0, count));
    if (waiting.length > 0) schedule(notBefore - performance.now());
  }

  function clear(): void {
    unschedule();
    waiting = [];
    started = false;
    notBefore = -Infinity;
  }

  return {
    push(shape, first, rgba) {
      waiting.push({ shape, first, rgba });
      if (held) return;
      if (!started) begin(1);
      else if (!scheduled) schedule(notBefore - performance.now());
    },
    holdUntil(ready) {
      held = true;
      const release = (): void => {
        held = false;
        if (waiting.length > 0) begin(waiting.length);
      };
      ready.then(release, release);
    },
    clear,
    get spentMs() {
      return spentMs;
    },
    get calls() {
      return calls;
    },
  };
}

/** Consecutive frames of one shape joined into one run each: views of one buffer without a copy. */
export function runsOf(batch: readonly Frames[]): Frames[] {
  const runs: { shape: VolumeShape; first: number; frames: number; parts: Uint8Array[] }[] = [];
  for (const { shape, first, rgba } of batch) {
    const frames = rgba.length / (shape.widthPx * shape.heightPx * 4);
    const last = runs.at(-1);
    if (last && sameVolumeShape(last.shape, shape) && last.first + last.frames === first) {
      last.frames += frames;
      last.parts.push(rgba);
    } else runs.push({ shape, first, frames, parts: [rgba] });
  }
  return runs.map(({ shape, first, parts }) => ({ shape, first, rgba: joined(parts) }));
}

function joined(parts: readonly Uint8Array[]): Uint8Array {
  const [head] = parts;
  if (parts.length === 1 && head) return head;
  const bytes = parts.reduce((sum, part) => sum + part.length, 0);
  // Views that follow one another in one buffer (the volume being assembled) are one view.
  const adjacent = parts.every(
    (part, i) =>
      i === 0 ||
      (part.buffer === head!.buffer && part.byteOffset === parts[i - 1]!.byteOffset + parts[i - 1]!.byteLength),
  );
  if (adjacent) return new Uint8Array(head!.buffer, head!.byteOffset, bytes);
  const out = new Uint8Array(bytes);
  let at = 0;
  for (const part of parts) {
    out.set(part, at);
    at += part.length;
  }
  return out;
}
