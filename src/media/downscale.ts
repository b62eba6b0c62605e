// Big frames (4K, 8K) shrink here instead of in a 2D canvas: averaging the decoder's own YUV planes and
// converting only the small result to RGB costs a fraction of drawing the whole frame and reading it back
// (8K: about 1 s instead of 8 s a frame in software). Pure: planes in, RGBA out.

export type YuvFormat = 'I420' | 'I420A' | 'I422' | 'I444' | 'NV12';
export const YUV_FORMATS: readonly string[] = ['I420', 'I420A', 'I422', 'I444', 'NV12'] satisfies YuvFormat[];

export interface PlaneLayoutLike {
  readonly offset: number;
  readonly stride: number; // bytes per row
}

/** A frame's visible pixels as VideoFrame.copyTo lays them out. */
export interface YuvFrame {
  readonly format: YuvFormat;
  readonly widthPx: number;
  readonly heightPx: number;
  readonly data: Uint8Array;
  readonly layout: readonly PlaneLayoutLike[];
}

/** Y′CbCr → R′G′B′: the luma weights of red and blue, and whether codes span 0–255 or 16–235/240. */
export interface YuvMatrix {
  readonly kr: number;
  readonly kb: number;
  readonly fullRange: boolean;
}

const MATRICES: Readonly<Record<string, readonly [number, number]>> = {
  bt709: [0.2126, 0.0722],
  bt470bg: [0.299, 0.114],
  smpte170m: [0.299, 0.114],
  'bt2020-ncl': [0.2627, 0.0593],
};

/** The matrix a frame names; unnamed, HD and larger is BT.709 and smaller BT.601, as players assume. */
export function yuvMatrix(
  matrix: string | null | undefined,
  fullRange: boolean | null | undefined,
  heightPx: number,
): YuvMatrix {
  const [kr, kb] = (matrix ? MATRICES[matrix] : undefined) ?? (heightPx >= 720 ? MATRICES.bt709! : MATRICES.smpte170m!);
  return { kr, kb, fullRange: fullRange === true };
}

/** RGBA of `frame` averaged down (box filter) to `widthPx × heightPx`, before any rotation. */
export function downscaleYuv(frame: YuvFrame, widthPx: number, heightPx: number, matrix: YuvMatrix): Uint8Array {
  const { format, widthPx: w, heightPx: h, data, layout } = frame;
  const [yPlane, uPlane, vPlane] = layout;
  if (!yPlane || !uPlane || (format !== 'NV12' && !vPlane))
    throw new Error(`${format} frame lacks planes: ${layout.length}`);
  const chromaW = format === 'I444' ? w : Math.ceil(w / 2);
  const chromaH = format === 'I444' || format === 'I422' ? h : Math.ceil(h / 2);
  const y = boxPlane(data, yPlane.offset, yPlane.stride, 1, w, h, widthPx, heightPx);
  const u =
    format === 'NV12'
      ? boxPlane(data, uPlane.offset, uPlane.stride, 2, chromaW, chromaH, widthPx, heightPx)
      : boxPlane(data, uPlane.offset, uPlane.stride, 1, chromaW, chromaH, widthPx, heightPx);
  const v =
    format === 'NV12'
      ? boxPlane(data, uPlane.offset + 1, uPlane.stride, 2, chromaW, chromaH, widthPx, heightPx)
      : boxPlane(data, vPlane!.offset, vPlane!.stride, 1, chromaW, chromaH, widthPx, heightPx);
  return toRgba(y, u, v, matrix);
}

/** Box edges: output cell i covers source [edges[2i], edges[2i+1]), at least one sample wide. */
function boxEdges(source: number, target: number): Int32Array {
  const edges = new Int32Array(target * 2);
  for (let i = 0; i < target; i += 1) {
    const start = Math.min(source - 1, Math.floor((i * source) / target));
    edges[2 * i] = start;
    edges[2 * i + 1] = Math.max(start + 1, Math.floor(((i + 1) * source) / target));
  }
  return edges;
}

/** The mean of each box of one plane (`step` 2 reads every other byte: NV12's interleaved chroma). */
function boxPlane(
  src: Uint8Array,
  offset: number,
  stride: number,
  step: number,
  sw: number,
  sh: number,
  tw: number,
  th: number,
): Float32Array {
  const xs = boxEdges(sw, tw);
  const ys = boxEdges(sh, th);
  const prefix = new Float64Array(sw + 1); // running sums along one source row
  const sums = new Float64Array(tw);
  const out = new Float32Array(tw * th);
  for (let ty = 0; ty < th; ty += 1) {
    sums.fill(0);
    const y0 = ys[2 * ty]!;
    const y1 = ys[2 * ty + 1]!;
    for (let sy = y0; sy < y1; sy += 1) {
      const row = offset + sy * stride;
      let run = 0;
      for (let sx = 0; sx < sw; sx += 1) {
        run += src[row + sx * step]!;
        prefix[sx + 1] = run;
      }
      for (let tx = 0; tx < tw; tx += 1) sums[tx]! += prefix[xs[2 * tx + 1]!]! - prefix[xs[2 * tx]!]!;
    }
    for (let tx = 0; tx < tw; tx += 1) out[ty * tw + tx] = sums[tx]! / ((xs[2 * tx + 1]! - xs[2 * tx]!) * (y1 - y0));
  }
  return out;
}

/** R′G′B′ (0–255) from one code of each plane: r = l(y) + rv(v), g = l(y) + gu(u) + gv(v), b = l(y) + bu(u). */
export interface YuvCoefficients {
  l(y: number): number;
  rv(v: number): number;
  gu(u: number): number;
  gv(v: number): number;
  bu(u: number): number;
}

export function yuvCoefficients({ kr, kb, fullRange }: YuvMatrix): YuvCoefficients {
  const kg = 1 - kr - kb;
  const yScale = fullRange ? 1 : 255 / 219;
  const yOffset = fullRange ? 0 : 16;
  const cScale = fullRange ? 1 : 255 / 224;
  return {
    l: (y) => (y - yOffset) * yScale,
    rv: (v) => 2 * (1 - kr) * (v - 128) * cScale,
    gu: (u) => (-2 * kb * (1 - kb) * (u - 128) * cScale) / kg,
    gv: (v) => (-2 * kr * (1 - kr) * (v - 128) * cScale) / kg,
    bu: (u) => 2 * (1 - kb) * (u - 128) * cScale,
  };
}

function toRgba(y: Float32Array, u: Float32Array, v: Float32Array, matrix: YuvMatrix): Uint8Array {
  const { l, rv, gu, gv, bu } = yuvCoefficients(matrix);
  const rgba = new Uint8Array(y.length * 4);
  const clamped = new Uint8ClampedArray(rgba.buffer); // stores round and clamp to 0–255
  for (let i = 0; i < y.length; i += 1) {
    const luma = l(y[i]!);
    clamped[4 * i] = luma + rv(v[i]!);
    clamped[4 * i + 1] = luma + gu(u[i]!) + gv(v[i]!);
    clamped[4 * i + 2] = luma + bu(u[i]!);
    clamped[4 * i + 3] = 255;
  }
  return rgba;
}

/**
 * Copy `rgba` (w × h, as stored) into `out` as displayed: turned `rotation` degrees clockwise, then mirrored
 * left–right when `flip`. `out` holds the displayed size: h × w for a quarter turn.
 */
export function orientInto(
  rgba: Uint8Array,
  w: number,
  h: number,
  rotation: number,
  flip: boolean,
  out: Uint8Array,
): void {
  const quarter = rotation === 90 || rotation === 270;
  const outW = quarter ? h : w;
  const outH = quarter ? w : h;
  if (out.length < outW * outH * 4) throw new Error(`orient target too small: ${out.length} bytes for ${outW}x${outH}`);
  const src = new Uint32Array(rgba.buffer, rgba.byteOffset, w * h);
  const dst = new Uint32Array(out.buffer, out.byteOffset, outW * outH);
  for (let dy = 0; dy < outH; dy += 1) {
    for (let dx = 0; dx < outW; dx += 1) {
      const x = flip ? outW - 1 - dx : dx; // the flip comes after the rotation, so it is undone first
      let sx = x;
      let sy = dy;
      if (rotation === 90) [sx, sy] = [dy, h - 1 - x];
      else if (rotation === 180) [sx, sy] = [w - 1 - x, h - 1 - dy];
      else if (rotation === 270) [sx, sy] = [w - 1 - dy, x];
      dst[dy * outW + dx] = src[sy * w + sx]!;
    }
  }
}
