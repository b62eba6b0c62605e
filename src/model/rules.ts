// The size rules real models put on their input: frame counts of the form m·k + o, and H, W multiples.
import { type Dims, assertCount, assertDims } from './grid';
import type { FrameRule, Preset, RuleMode } from './preset-types';

export interface RuleViolation {
  readonly axis: 't' | 'h' | 'w';
  readonly message: string;
  readonly nearest: number; // the nearest valid value ≥ 1; ties go up
}

function assertRule(rule: FrameRule): void {
  const { multiple, offset } = rule;
  if (!Number.isSafeInteger(multiple) || multiple < 1 || !Number.isSafeInteger(offset) || offset < 0) {
    throw new Error(`invalid frame rule: ${multiple}k+${offset}`);
  }
}

function smallestValid(rule: FrameRule): number {
  return rule.offset >= 1 ? rule.offset : rule.multiple;
}

/** The largest valid value ≤ n, or the smallest valid value when none is ≤ n. */
function validAtOrBelow(n: number, rule: FrameRule): number {
  const first = smallestValid(rule);
  if (n <= first) return first;
  return rule.offset + Math.floor((n - rule.offset) / rule.multiple) * rule.multiple;
}

export function isValid(n: number, rule: FrameRule): boolean {
  assertRule(rule);
  return Number.isSafeInteger(n) && n >= smallestValid(rule) && (n - rule.offset) % rule.multiple === 0;
}

/** The valid value nearest n; a tie goes up (160 under 6k+1 → 163, not 157). */
export function nearestValid(n: number, rule: FrameRule): number {
  assertRule(rule);
  assertCount(n, 'count');
  const below = validAtOrBelow(n, rule);
  if (below >= n) return below;
  const above = below + rule.multiple;
  return n - below < above - n ? below : above;
}

/** The smallest valid value ≥ n: what a padding model rounds up to. */
export function validAtOrAbove(n: number, rule: FrameRule): number {
  assertRule(rule);
  assertCount(n, 'count');
  const below = validAtOrBelow(n, rule);
  return below >= n ? below : below + rule.multiple;
}

/** "4k+1", or "8k" when the offset is 0. */
export function formatRule(rule: FrameRule): string {
  return rule.offset === 0 ? `${rule.multiple}k` : `${rule.multiple}k+${rule.offset}`;
}

function verb(mode: RuleMode | undefined): string {
  return mode === 'expect' ? 'expects' : 'needs';
}

/**
 * The rules this input breaks, in t, h, w order. A rule the model meets by padding (LTX-Video's 8k+1 frames and
 * 32 px, HunyuanVideo's 16 px) is not broken: presetTokenizer applies it instead.
 */
export function checkSize(preset: Preset, input: Dims): RuleViolation[] {
  assertDims(input, 'input');
  const violations: RuleViolation[] = [];
  const frames = preset.frameRule;
  if (frames !== null && frames.mode !== 'pad' && !isValid(input.t, frames)) {
    const nearest = nearestValid(input.t, frames);
    violations.push({
      axis: 't',
      nearest,
      message: `${preset.name} ${verb(frames.mode)} ${formatRule(frames)} frames: ${nearest}?`,
    });
  }
  const size = preset.sizeMultiplePx;
  if (size !== null && size.mode !== 'pad') {
    for (const axis of ['h', 'w'] as const) {
      const rule = { multiple: size[axis], offset: 0 };
      if (isValid(input[axis], rule)) continue;
      const nearest = nearestValid(input[axis], rule);
      const message = `${preset.name} ${verb(size.mode)} ${axis.toUpperCase()} to be a multiple of ${size[axis]} px: ${nearest}?`;
      violations.push({ axis, nearest, message });
    }
  }
  return violations;
}
