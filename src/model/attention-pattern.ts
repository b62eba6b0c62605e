// Who a query token attends to, for the attention patterns video models use, and exactly what that costs.
// References: the papers and model code cited per pattern. Every pattern here is a product of one rule per axis (t, h, w):
//   full        t: all          h: all          w: all
//   spatial     t: same         h: all          w: all      (the query's token frame)
//   temporal    t: all          h: same         w: same     (the query's (y, x) in every token frame)
//   window      t: window k_t   h: window k_h   w: window k_w (NATTEN: centred, shifted inward at borders)
//   causal      t: k ≤ q        h: all          w: all      (frame-causal: own token frame and earlier)
//   factorised  = spatial pass + temporal pass (two passes; keys and pairs add, the query is in both)
// "all" is a window at least the axis long and "same" a window of 1, so one window rule covers four patterns.
// Because each pass is a product over axes, keys = Π per-axis counts and pairs = Π per-axis sums: closed forms.
import { AXES, type Axis, type Dims, assertDims, volumeOf } from './grid';
import type { TokenPos } from './sequence';

export const PATTERNS = ['full', 'spatial', 'temporal', 'factorised', 'window', 'causal'] as const;
export type Pattern = (typeof PATTERNS)[number];

/** A pattern and its window (in tokens, t×h×w, odd); the window matters only to `window`. */
export interface AttentionSpec {
  readonly pattern: Pattern;
  readonly window: Dims;
}

/** One axis of one pass: keys within a NATTEN window of `size` (size ≥ extent = all), or causal (k ≤ q). */
export type AxisRule = { readonly kind: 'window'; readonly size: number } | { readonly kind: 'causal' };
export type PassRules = Readonly<Record<Axis, AxisRule>>;

const ALL: AxisRule = { kind: 'window', size: Number.MAX_SAFE_INTEGER };
const SAME: AxisRule = { kind: 'window', size: 1 };
const POS_AXIS = { t: 't', h: 'y', w: 'x' } as const satisfies Record<Axis, keyof TokenPos>;

/** The passes of a pattern: one, or two for factorised (spatial, then temporal). */
export function passesOf(spec: AttentionSpec): readonly PassRules[] {
  const spatial = { t: SAME, h: ALL, w: ALL };
  const temporal = { t: ALL, h: SAME, w: SAME };
  switch (spec.pattern) {
    case 'full':
      return [{ t: ALL, h: ALL, w: ALL }];
    case 'spatial':
      return [spatial];
    case 'temporal':
      return [temporal];
    case 'factorised':
      return [spatial, temporal];
    case 'causal':
      return [{ t: { kind: 'causal' }, h: ALL, w: ALL }];
    case 'window': {
      for (const axis of AXES) {
        const k = spec.window[axis];
        if (!Number.isSafeInteger(k) || k < 1 || k % 2 === 0) throw new Error(`invalid window.${axis}: ${k}`);
      }
      const at = (axis: Axis): AxisRule => ({ kind: 'window', size: spec.window[axis] });
      return [{ t: at('t'), h: at('h'), w: at('w') }];
    }
  }
}

/** First key coordinate of a NATTEN window of `size` around q on an axis of `extent`: centred, shifted inward. */
export function windowStart(q: number, size: number, extent: number): number {
  const kept = Math.min(size, extent);
  return Math.min(Math.max(q - Math.floor(size / 2), 0), extent - kept);
}

/** Whether key coordinate k is seen by query coordinate q on one axis. */
export function axisSees(rule: AxisRule, q: number, k: number, extent: number): boolean {
  if (rule.kind === 'causal') return k <= q;
  const start = windowStart(q, rule.size, extent);
  return k >= start && k < start + Math.min(rule.size, extent);
}

/** Keys one query coordinate sees on one axis. */
export function axisKeys(rule: AxisRule, q: number, extent: number): number {
  return rule.kind === 'causal' ? q + 1 : Math.min(rule.size, extent);
}

/** Σ over all query coordinates of axisKeys: this axis's factor of the pairs. */
function axisPairs(rule: AxisRule, extent: number): bigint {
  const e = BigInt(extent);
  return rule.kind === 'causal' ? (e * (e + 1n)) / 2n : e * BigInt(Math.min(rule.size, extent));
}

/** Bit p set when the key is in pass p (factorised: 1 = spatial, 2 = temporal, 3 = both: the query itself). */
export function membership(spec: AttentionSpec, grid: Dims, query: TokenPos, key: TokenPos): number {
  let bits = 0;
  passesOf(spec).forEach((pass, p) => {
    const seen = AXES.every((axis) => axisSees(pass[axis], query[POS_AXIS[axis]], key[POS_AXIS[axis]], grid[axis]));
    if (seen) bits |= 1 << p;
  });
  return bits;
}

/** Video tokens the query attends to; factorised counts both passes (S + T′, the query twice). */
export function keysOf(spec: AttentionSpec, grid: Dims, query: TokenPos): number {
  assertDims(grid, 'grid');
  return passesOf(spec).reduce(
    (sum, pass) =>
      sum + AXES.reduce((product, axis) => product * axisKeys(pass[axis], query[POS_AXIS[axis]], grid[axis]), 1),
    0,
  );
}

/** Exact query-key pairs per layer over the video tokens. */
export function pairsOf(spec: AttentionSpec, grid: Dims): bigint {
  assertDims(grid, 'grid', 0);
  return passesOf(spec).reduce(
    (sum, pass) => sum + AXES.reduce((product, axis) => product * axisPairs(pass[axis], grid[axis]), 1n),
    0n,
  );
}

export interface PatternCost {
  readonly pairs: bigint;
  readonly flops: bigint | null; // 4·pairs·d, when d is known
  readonly ratio: number; // pairs / N², 0 without tokens
}

export function patternCost(spec: AttentionSpec, grid: Dims, modelWidth: number | null): PatternCost {
  const pairs = pairsOf(spec, grid);
  const n = BigInt(volumeOf(grid));
  const full = n * n;
  const flops = modelWidth === null ? null : 4n * pairs * BigInt(modelWidth);
  return { pairs, flops, ratio: full === 0n ? 0 : ratioOf(pairs, full) };
}

/** a / b as a double, exact to ~15 digits even when both exceed 2^53. */
function ratioOf(a: bigint, b: bigint): number {
  const scale = 10n ** 15n;
  return Number((a * scale) / b) / 1e15;
}

/**
 * What a shader needs to light a query's keys with uniforms only: per pass (up to 2) and axis, a kind
 * (0 = window, 1 = causal) and a window size (clamped to the axis). A key is in pass p when, on every axis,
 * window: start ≤ k < start + size with start = clamp(q − ⌊size/2⌋, 0, extent − size); causal: k ≤ q.
 */
export interface AttentionUniformData {
  readonly patternId: number; // index in PATTERNS
  readonly passes: 1 | 2;
  readonly kinds: readonly [Dims, Dims]; // per pass, per axis (t, h, w): 0 window, 1 causal
  readonly sizes: readonly [Dims, Dims]; // per pass, per axis: keys seen along that axis (window only)
}

export function attentionUniformData(spec: AttentionSpec, grid: Dims): AttentionUniformData {
  const passes = passesOf(spec);
  const per = (pass: PassRules | undefined, f: (rule: AxisRule, axis: Axis) => number): Dims => ({
    t: pass ? f(pass.t, 't') : 0,
    h: pass ? f(pass.h, 'h') : 0,
    w: pass ? f(pass.w, 'w') : 0,
  });
  const kind = (rule: AxisRule) => (rule.kind === 'causal' ? 1 : 0);
  const size = (rule: AxisRule, axis: Axis) => (rule.kind === 'causal' ? 0 : Math.min(rule.size, grid[axis]));
  return {
    patternId: PATTERNS.indexOf(spec.pattern),
    passes: passes.length === 2 ? 2 : 1,
    kinds: [per(passes[0], kind), per(passes[1], kind)],
    sizes: [per(passes[0], size), per(passes[1], size)],
  };
}
