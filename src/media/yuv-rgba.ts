// A decoded frame's YUV planes to RGBA at the same size, in the decode worker. The browser converts too
// (VideoFrame.copyTo({ format: 'RGBA' })), but in Chromium that conversion waits on the GPU process, which in
// software WebGL is busy drawing the view: a clip's 49 frames then took 0.9-1.1 s instead of 0.05 s. Copying
// the planes never waits (12-24 ms for the clip either way). I420, the usual decoder output, goes through a
// WebAssembly SIMD loop (wasm/i420-rgba.wat), 16 pixels at a time; other layouts, the last columns of a width
// that isn't a multiple of 16, and browsers without WebAssembly SIMD go through the table loop below.
// Chroma is read at the nearest site, as the browser's own conversion (libyuv) does. Pure: planes in, RGBA out.
import { type YuvFrame, type YuvMatrix, yuvCoefficients } from './downscale';
import { WASM } from './wasm/i420-rgba';

/** Fixed point: tables hold 256ths. */
const FRACTION_BITS = 8;
/** Sums land within ±(this) after the shift: the clamp table covers them. */
const CLAMP_OFFSET = 1024;
const CLAMP = Uint8Array.from({ length: 2 * CLAMP_OFFSET }, (_, i) => Math.max(0, Math.min(255, i - CLAMP_OFFSET)));
/** Byte order of a 32-bit store, so one store writes R, G, B, A in that order on any machine. */
const LITTLE_ENDIAN = new Uint8Array(new Uint32Array([1]).buffer)[0] === 1;
const [R_SHIFT, G_SHIFT, B_SHIFT, A_SHIFT] = LITTLE_ENDIAN ? [0, 8, 16, 24] : [24, 16, 8, 0];

/** Per code (0–255), in 256ths: one table per term, so a pixel costs a few lookups and sums. */
function tables(matrix: YuvMatrix): Int32Array[] {
  const c = yuvCoefficients(matrix);
  const scale = 1 << FRACTION_BITS;
  // Luma carries the rounding (half of one) and the clamp table's offset.
  const luma = (y: number) => c.l(y) + 0.5 + CLAMP_OFFSET;
  return [luma, c.rv, c.gu, c.gv, c.bu].map((term) =>
    Int32Array.from({ length: 256 }, (_, code) => Math.round(term(code) * scale)),
  );
}

/**
 * `frame` as RGBA (w × h × 4 bytes, opaque) written into `out`, before any rotation. Returns the loop that did
 * most of it: 'simd' or 'tables'. `simd: false` keeps to the tables.
 */
export function yuvToRgba(
  frame: YuvFrame,
  matrix: YuvMatrix,
  out: Uint8Array,
  options: { simd?: boolean } = {},
): 'simd' | 'tables' {
  const { format, widthPx: w, heightPx: h, layout } = frame;
  const [yPlane, uPlane, vPlane] = layout;
  if (!yPlane || !uPlane || (format !== 'NV12' && !vPlane))
    throw new Error(`${format} frame lacks planes: ${layout.length}`);
  if (out.length < w * h * 4) throw new Error(`RGBA target too small: ${out.length} bytes for ${w}x${h}`);
  const done = options.simd === false || format !== 'I420' ? 0 : simdColumns(frame, matrix, out);
  if (done < w) tableColumns(frame, matrix, out, done);
  return done * 2 >= w ? 'simd' : 'tables';
}

interface Kernel {
  readonly memory: WebAssembly.Memory;
  i420(...args: number[]): void;
}

let kernel: Kernel | null | undefined; // undefined: not made yet; null: no WebAssembly SIMD here

function simdKernel(): Kernel | null {
  if (kernel !== undefined) return kernel;
  try {
    const bytes = Uint8Array.from(atob(WASM), (c) => c.charCodeAt(0));
    kernel = new WebAssembly.Instance(new WebAssembly.Module(bytes)).exports as unknown as Kernel;
  } catch {
    kernel = null; // no WebAssembly, or no SIMD in it
  }
  return kernel;
}

/** The kernel's fixed point: 12 fraction bits; each channel is linear in Y, U and V. */
const SIMD_SCALE = 1 << 12;

/** Columns 0…(a multiple of 16) of an I420 frame through the SIMD kernel; returns how many it did. */
function simdColumns(frame: YuvFrame, matrix: YuvMatrix, out: Uint8Array): number {
  const { widthPx: w, heightPx: h, data, layout } = frame;
  const w16 = w - (w % 16);
  const wasm = w16 > 0 ? simdKernel() : null;
  if (!wasm) return 0;
  const [yPlane, uPlane, vPlane] = layout as [YuvPlane, YuvPlane, YuvPlane];
  const outAt = Math.ceil(data.length / 16) * 16;
  const needed = outAt + w * h * 4;
  const pages = Math.ceil((needed - wasm.memory.buffer.byteLength) / 65_536);
  if (pages > 0) wasm.memory.grow(pages);
  new Uint8Array(wasm.memory.buffer).set(data);
  const c = yuvCoefficients(matrix);
  const slope = (f: (code: number) => number) => Math.round((f(1) - f(0)) * SIMD_SCALE);
  const at0 = (...terms: ((code: number) => number)[]) =>
    Math.round(terms.reduce((sum, f) => sum + f(0), 0) * SIMD_SCALE) + SIMD_SCALE / 2; // + a half: rounding
  wasm.i420(
    yPlane.offset,
    yPlane.stride,
    uPlane.offset,
    vPlane.offset,
    uPlane.stride,
    w16,
    h,
    outAt,
    w * 4,
    slope(c.l),
    slope(c.rv),
    slope(c.gu),
    slope(c.gv),
    slope(c.bu),
    at0(c.l, c.rv),
    at0(c.l, c.gu, c.gv),
    at0(c.l, c.bu),
  );
  out.set(new Uint8Array(wasm.memory.buffer, outAt, w * h * 4));
  return w16;
}

interface YuvPlane {
  readonly offset: number;
  readonly stride: number;
}

/** Columns `fromX`… of `frame` through the lookup tables. */
function tableColumns(frame: YuvFrame, matrix: YuvMatrix, out: Uint8Array, fromX: number): void {
  const { format, widthPx: w, heightPx: h, data, layout } = frame;
  const [yPlane, uPlane, vPlane] = layout as [YuvPlane, YuvPlane, YuvPlane | undefined];
  const [L, RV, GU, GV, BU] = tables(matrix) as [Int32Array, Int32Array, Int32Array, Int32Array, Int32Array];
  const shiftX = format === 'I444' ? 0 : 1;
  const shiftY = format === 'I444' || format === 'I422' ? 0 : 1;
  const step = format === 'NV12' ? 2 : 1; // NV12 interleaves U and V in one plane
  const uOffset = uPlane.offset;
  const vOffset = format === 'NV12' ? uPlane.offset + 1 : vPlane!.offset;
  const cStride = uPlane.stride;
  const alpha = 255 << A_SHIFT;
  // A byte offset that isn't a multiple of 4 can't take 32-bit stores: then through an aligned copy.
  const aligned = out.byteOffset % 4 === 0;
  const target = aligned ? out : new Uint8Array(w * h * 4);
  if (!aligned) target.set(out.subarray(0, w * h * 4));
  const px = new Uint32Array(target.buffer, target.byteOffset, w * h);
  for (let y = 0; y < h; y += 1) {
    const row = yPlane.offset + y * yPlane.stride;
    const cRow = (y >> shiftY) * cStride;
    let o = y * w + fromX;
    // One chroma sample at a time, for the 1 or 2 pixels that share it.
    for (let x = fromX; x < w;) {
      const c = cRow + (x >> shiftX) * step;
      const u = data[uOffset + c]!;
      const v = data[vOffset + c]!;
      const r = RV[v]!;
      const g = GU[u]! + GV[v]!;
      const b = BU[u]!;
      const end = Math.min(w, (x | ((1 << shiftX) - 1)) + 1);
      for (; x < end; x += 1) {
        const l = L[data[row + x]!]!;
        px[o++] =
          (CLAMP[(l + r) >> FRACTION_BITS]! << R_SHIFT) |
          (CLAMP[(l + g) >> FRACTION_BITS]! << G_SHIFT) |
          (CLAMP[(l + b) >> FRACTION_BITS]! << B_SHIFT) |
          alpha;
      }
    }
  }
  if (!aligned) out.set(target.subarray(0, w * h * 4));
}
