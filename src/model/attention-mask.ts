// The N×N attention matrix in sequence order (rows: queries, columns: keys), downsampled to at most `maxSize`
// pixels a side: one pixel per pair while N ≤ maxSize, else each pixel holds the share of allowed pairs in its block.
//
// Exact without N² work: C(a, c), the allowed pairs with query index < a and key index < c, is a sum over the
// ≤ 3 boxes a sequence prefix splits into (whole token frames, whole rows of the next frame, part of one row),
// and for a pass that is a product of per-axis rules a box pair's count is a product of per-axis prefix sums G,
// each in closed form. A block's count is then C(b, d) − C(a, d) − C(b, c) + C(a, c).
// Counts stay below 2^53 while N < ~9.4e7 tokens; past that the shares round (they are pixel intensities).
import { AXES, type Axis, type Dims, assertDims, volumeOf } from './grid';
import { type AttentionSpec, type AxisRule, type PassRules, passesOf } from './attention-pattern';
import { splitIndex } from './sequence';

export interface AttentionMask {
  readonly size: number; // pixels a side
  readonly tokens: number; // N
  /** Per pass (factorised: spatial, temporal), row-major size×size shares in [0, 1]. */
  readonly shares: readonly Float32Array[];
}

export const MASK_MAX_SIZE = 512;

/** Σ_{v=0}^{n−1} clamp(v, 0, cap). */
function rampSum(n: number, cap: number): number {
  if (n <= 0) return 0;
  if (n <= cap + 1) return (n * (n - 1)) / 2;
  return (cap * (cap + 1)) / 2 + (n - cap - 1) * cap;
}

/** G(qEnd, kEnd): pairs with query coordinate < qEnd and key coordinate < kEnd on one axis of `extent`. */
export function axisPrefix(rule: AxisRule, extent: number, qEnd: number, kEnd: number): number {
  if (qEnd <= 0 || kEnd <= 0) return 0;
  if (rule.kind === 'causal') {
    return qEnd <= kEnd ? (qEnd * (qEnd + 1)) / 2 : (kEnd * (kEnd + 1)) / 2 + (qEnd - kEnd) * kEnd;
  }
  const kept = Math.min(rule.size, extent);
  const r = Math.floor(rule.size / 2);
  const shiftMax = extent - kept; // the window's start runs over 0..shiftMax
  const seen = (start: number) => Math.min(Math.max(kEnd - start, 0), kept);
  const lowEnd = Math.min(qEnd, r + 1); // start = 0
  const highStart = Math.max(r + shiftMax, r + 1); // start = shiftMax
  const midEnd = Math.min(qEnd, highStart); // start = q − r
  let sum = lowEnd * seen(0);
  if (midEnd > r + 1) sum += rampSum(kEnd + r - (r + 1) + 1, kept) - rampSum(kEnd + r - midEnd + 1, kept);
  if (qEnd > highStart) sum += (qEnd - highStart) * seen(shiftMax);
  return sum;
}

type Box = Readonly<Record<Axis, readonly [number, number]>>;

/** The sequence prefix [0, a) as boxes of whole frames, whole rows, part of a row. */
function prefixBoxes(a: number, grid: Dims): Box[] {
  const { t, y, x } = splitIndex(a, grid);
  const boxes: Box[] = [];
  if (t > 0) boxes.push({ t: [0, t], h: [0, grid.h], w: [0, grid.w] });
  if (y > 0) boxes.push({ t: [t, t + 1], h: [0, y], w: [0, grid.w] });
  if (x > 0) boxes.push({ t: [t, t + 1], h: [y, y + 1], w: [0, x] });
  return boxes;
}

/** G per axis, memoised: a mask's prefix boxes reuse few distinct (qEnd, kEnd) per axis. */
function axisTables(pass: PassRules, grid: Dims): Record<Axis, (qEnd: number, kEnd: number) => number> {
  const table = (axis: Axis) => {
    const rule = pass[axis];
    const extent = grid[axis];
    const side = extent + 2;
    const memo = side * side <= 1 << 22 ? new Float64Array(side * side).fill(-1) : null;
    return (qEnd: number, kEnd: number) => {
      if (!memo) return axisPrefix(rule, extent, qEnd, kEnd);
      const at = qEnd * side + kEnd;
      let value = memo[at]!;
      if (value < 0) memo[at] = value = axisPrefix(rule, extent, qEnd, kEnd);
      return value;
    };
  };
  return { t: table('t'), h: table('h'), w: table('w') };
}

function boxPairs(G: Record<Axis, (qEnd: number, kEnd: number) => number>, q: Box, k: Box): number {
  let product = 1;
  for (const axis of AXES) {
    const g = G[axis];
    const [q0, q1] = q[axis];
    const [k0, k1] = k[axis];
    product *= g(q1, k1) - g(q0, k1) - g(q1, k0) + g(q0, k0);
    if (product === 0) return 0;
  }
  return product;
}

/** Pixel i covers sequence indices [bound(i), bound(i + 1)). */
export function maskBound(i: number, tokens: number, size: number): number {
  return Math.floor((i * tokens) / size);
}

/** The mask pixel row (or column) that holds token `index`. */
export function maskRowOf(index: number, tokens: number, size: number): number {
  let i = Math.min(size - 1, Math.floor((index * size) / tokens));
  while (i > 0 && maskBound(i, tokens, size) > index) i -= 1;
  while (i < size - 1 && maskBound(i + 1, tokens, size) <= index) i += 1;
  return i;
}

export function attentionMask(spec: AttentionSpec, grid: Dims, maxSize = MASK_MAX_SIZE): AttentionMask {
  assertDims(grid, 'grid', 0);
  const tokens = volumeOf(grid);
  const size = Math.min(tokens, maxSize);
  const bounds = Array.from({ length: size + 1 }, (_, i) => maskBound(i, tokens, size));
  const boxes = bounds.map((b) => prefixBoxes(b, grid));
  const shares = passesOf(spec).map((pass) => {
    // C(i, j) over the pixel bounds, then each block by inclusion-exclusion.
    const G = axisTables(pass, grid);
    const prefix = new Float64Array((size + 1) * (size + 1));
    for (let i = 1; i <= size; i++)
      for (let j = 1; j <= size; j++) {
        let sum = 0;
        for (const q of boxes[i]!) for (const k of boxes[j]!) sum += boxPairs(G, q, k);
        prefix[i * (size + 1) + j] = sum;
      }
    const out = new Float32Array(size * size);
    const C = (i: number, j: number) => prefix[i * (size + 1) + j]!;
    for (let i = 0; i < size; i++) {
      const rows = bounds[i + 1]! - bounds[i]!;
      for (let j = 0; j < size; j++) {
        const area = rows * (bounds[j + 1]! - bounds[j]!);
        out[i * size + j] = (C(i + 1, j + 1) - C(i, j + 1) - C(i + 1, j) + C(i, j)) / area;
      }
    }
    return out;
  });
  return { size, tokens, shares };
}
