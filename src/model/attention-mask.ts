// The N×N attention matrix in sequence order (rows: queries, columns: keys), downsampled to at most `maxSize`
// pixels a side: one pixel per pair while N ≤ maxSize, else each pixel holds the share of allowed pairs in its block.
//
// Exact without N² work: C(a, c), the allowed pairs with query index < a and key index < c, is a sum over the
// ≤ 3 boxes a sequence prefix splits into (whole token frames, whole rows of the next frame, part of one row),
// and for a pass that is a product of per-axis rules a box pair's count is a product of per-axis prefix sums G,
// each in closed form. A block's count is then C(b, d) − C(a, d) − C(b, c) + C(a, c).
// Counts stay below 2^53 while N < ~9.4e7 tokens; past that the shares round (they are pixel intensities).
import { AXES, type Axis, type Dims, assertDims, volumeOf } from './grid';
import { type AttentionSpec, type AxisRule, passesOf } from './attention-pattern';
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

/**
 * The sequence prefix [0, a) as ≤ 3 boxes (whole frames, whole rows, part of a row), written into `out` from
 * `at` as [t0, t1, h0, h1, w0, w1] each; returns how many.
 */
function prefixBoxes(a: number, grid: Dims, out: Int32Array, at: number): number {
  const { t, y, x } = splitIndex(a, grid);
  let n = 0;
  const put = (t0: number, t1: number, h0: number, h1: number, w0: number, w1: number) => {
    out.set([t0, t1, h0, h1, w0, w1], at + 6 * n++);
  };
  if (t > 0) put(0, t, 0, grid.h, 0, grid.w);
  if (y > 0) put(t, t + 1, 0, y, 0, grid.w);
  if (x > 0) put(t, t + 1, y, y + 1, 0, x);
  return n;
}

/**
 * G on one axis as a table over the coordinates the boxes use (a few hundred at most, whatever the extent):
 * G(values[q], values[k]) at q · values.length + k.
 */
function axisTable(rule: AxisRule, extent: number, values: readonly number[]): Float64Array {
  const n = values.length;
  const table = new Float64Array(n * n);
  for (let q = 0; q < n; q++)
    for (let k = 0; k < n; k++) table[q * n + k] = axisPrefix(rule, extent, values[q]!, values[k]!);
  return table;
}

/** Rewrites the boxes' coordinates on each axis as indices into that axis's sorted distinct values; returns them. */
function compressCoordinates(boxes: Int32Array, boxCount: Uint8Array): number[][] {
  return AXES.map((_, axis) => {
    const used = new Set<number>();
    const each = (visit: (at: number) => void) => {
      for (let i = 0; i < boxCount.length; i++)
        for (let b = 0; b < boxCount[i]!; b++) {
          visit(i * 18 + b * 6 + axis * 2);
          visit(i * 18 + b * 6 + axis * 2 + 1);
        }
    };
    each((at) => used.add(boxes[at]!));
    const values = [...used].sort((x, y) => x - y);
    const index = new Map(values.map((v, i) => [v, i]));
    each((at) => (boxes[at] = index.get(boxes[at]!)!));
    return values;
  });
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
  // Each pixel bound's prefix boxes, flat: ≤ 3 boxes of 6 numbers a bound.
  const boxes = new Int32Array((size + 1) * 18);
  const boxCount = new Uint8Array(size + 1);
  for (let i = 0; i <= size; i++) boxCount[i] = prefixBoxes(bounds[i]!, grid, boxes, i * 18);
  const values = compressCoordinates(boxes, boxCount);
  const [st, sh, sw] = values.map((v) => v.length) as [number, number, number];
  const shares = passesOf(spec).map((pass) => {
    // Every pair allowed (full attention, or windows as large as the grid): every block is whole. The default
    // view's mask, at once instead of 0.1 s of the page while the first clip loads.
    if (AXES.every((axis) => pass[axis].kind === 'window' && pass[axis].size >= grid[axis]))
      return new Float32Array(size * size).fill(1);
    const [Gt, Gh, Gw] = AXES.map((axis: Axis, i) => axisTable(pass[axis], grid[axis], values[i]!)) as [
      Float64Array,
      Float64Array,
      Float64Array,
    ];
    /** On one axis (its table G, `side` values a row, box offset `at`): pairs between the query and key boxes. */
    const axisPairs = (G: Float64Array, side: number, q: number, k: number): number => {
      const [q0, q1, k0, k1] = [boxes[q]!, boxes[q + 1]!, boxes[k]!, boxes[k + 1]!];
      return G[q1 * side + k1]! - G[q0 * side + k1]! - G[q1 * side + k0]! + G[q0 * side + k0]!;
    };
    /** Allowed pairs between the query box at `q` and the key box at `k`: a product of per-axis counts. */
    const boxPairs = (q: number, k: number): number => {
      const t = axisPairs(Gt, st, q, k);
      if (t === 0) return 0;
      const h = axisPairs(Gh, sh, q + 2, k + 2);
      return h === 0 ? 0 : t * h * axisPairs(Gw, sw, q + 4, k + 4);
    };
    // C(i, j) over the pixel bounds, then each block by inclusion-exclusion.
    const prefix = new Float64Array((size + 1) * (size + 1));
    for (let i = 1; i <= size; i++)
      for (let j = 1; j <= size; j++) {
        let sum = 0;
        for (let a = 0; a < boxCount[i]!; a++)
          for (let b = 0; b < boxCount[j]!; b++) sum += boxPairs(i * 18 + a * 6, j * 18 + b * 6);
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
