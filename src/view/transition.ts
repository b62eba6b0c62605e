// Transitions between what the cubes show (pixels or latent, volume or line). They run only while they
// animate, over rendered frames; under reduced motion they jump to the end state.
import { TRANSITION_MS } from '../config';

export interface Animated {
  readonly latent: number;
  readonly sequence: number;
}

const MIN_TRANSITION_FRAMES = 6; // a slow GPU still shows the motion rather than jumping to the end

function ease(t: number): number {
  return t < 0.5 ? 2 * t * t : 1 - (-2 * t + 2) ** 2 / 2;
}

export interface Transition {
  /** What is shown now (between two states while animating); null before the first state. */
  shown(): Animated | null;
  /** Head for `target`: the first state and reduced motion jump, a change animates. */
  goTo(target: Animated): void;
  /** Advance to the time of a rendered frame; returns whether what is shown changed. */
  step(nowMs: number): boolean;
  /** Whether a transition is under way (another rendered frame is wanted). */
  running(): boolean;
}

export function createTransition(): Transition {
  const reducedMotion = window.matchMedia('(prefers-reduced-motion: reduce)');
  let shown: Animated | null = null;
  let tween: { from: Animated; to: Animated; startMs: number; frames: number } | null = null;
  return {
    shown: () => shown,
    goTo(target) {
      if (!shown || reducedMotion.matches) {
        shown = target;
        tween = null;
      } else if (shown.latent !== target.latent || shown.sequence !== target.sequence) {
        tween = { from: shown, to: target, startMs: performance.now(), frames: 0 };
      }
    },
    step(nowMs) {
      if (!tween) return false;
      tween.frames += 1;
      const elapsed = Math.max(0, (nowMs - tween.startMs) / TRANSITION_MS);
      const t = Math.min(1, elapsed, tween.frames / MIN_TRANSITION_FRAMES);
      const k = ease(t);
      const { from, to } = tween;
      shown = {
        latent: from.latent + (to.latent - from.latent) * k,
        sequence: from.sequence + (to.sequence - from.sequence) * k,
      };
      if (t >= 1) tween = null;
      return true;
    },
    running: () => tween !== null,
  };
}
