// From a nominal pixel input to a token grid: the VAE stage, then the patch stage.
// Axis order is (t, h, w) everywhere, as the papers write it.

export interface Dims {
  readonly t: number;
  readonly h: number;
  readonly w: number;
}

/** What happens to a remainder at each stage: crop drops it (floor), pad fills the last cube (ceil). */
export type Fit = 'crop' | 'pad';

export interface Tokenizer {
  readonly input: Dims; // pixels and frames
  readonly vae: Dims; // compression stride; 1x1x1 = pixel-space patches
  readonly causal: boolean; // first frame encoded alone
  readonly patch: Dims; // in latent units
  readonly fit: Fit;
  readonly channels: number; // C of the latent (3 for pixels)
}

export const AXES = ['t', 'h', 'w'] as const;
export type Axis = (typeof AXES)[number];

/** Throws unless `n` is a safe integer ≥ `min`. */
export function assertCount(n: number, what: string, min = 1): void {
  if (!Number.isSafeInteger(n) || n < min) throw new Error(`invalid ${what}: ${n}`);
}

export function assertDims(dims: Dims, what: string, min = 1): void {
  for (const axis of AXES) assertCount(dims[axis], `${what}.${axis}`, min);
}

/** n/d rounded by the fit: crop floors, pad ceils. */
export function divideFit(n: number, d: number, fit: Fit): number {
  return fit === 'crop' ? Math.floor(n / d) : Math.ceil(n / d);
}

/** `t×h×w` with the given separator: 'x' in URLs and data-value readouts, '×' in text people read. */
export function formatDims(dims: Dims, separator = 'x'): string {
  return [dims.t, dims.h, dims.w].join(separator);
}

/** Latent frames: a causal VAE keeps frame 0 alone, then compresses each group of s_t frames. */
export function latentFrames(frames: number, strideT: number, causal: boolean, fit: Fit): number {
  return causal ? 1 + divideFit(frames - 1, strideT, fit) : divideFit(frames, strideT, fit);
}

export function latentShape(tok: Tokenizer): Dims {
  assertDims(tok.input, 'input');
  assertDims(tok.vae, 'vae');
  return {
    t: latentFrames(tok.input.t, tok.vae.t, tok.causal, tok.fit),
    h: divideFit(tok.input.h, tok.vae.h, tok.fit),
    w: divideFit(tok.input.w, tok.vae.w, tok.fit),
  };
}

/** The token grid T'×H'×W'. Any axis may be 0 when crop drops everything: then there are no tokens. */
export function tokenGrid(tok: Tokenizer): Dims {
  assertDims(tok.patch, 'patch');
  const latent = latentShape(tok);
  return {
    t: divideFit(latent.t, tok.patch.t, tok.fit),
    h: divideFit(latent.h, tok.patch.h, tok.fit),
    w: divideFit(latent.w, tok.patch.w, tok.fit),
  };
}

/** Exact product; throws rather than round past 2^53. */
export function volumeOf(dims: Dims): number {
  const n = dims.t * dims.h * dims.w;
  if (!Number.isSafeInteger(n)) throw new Error(`count exceeds 2^53: ${formatDims(dims)}`);
  return n;
}

export function tokenCount(tok: Tokenizer): number {
  return volumeOf(tokenGrid(tok));
}

/** Numbers in one token before the projection to the model width: C·pt·ph·pw. */
export function valuesPerToken(tok: Tokenizer): number {
  return tok.channels * volumeOf(tok.patch);
}

/** Pixels one (full) token covers: s·p per axis. The causal first token covers fewer frames. */
export function pixelsPerToken(tok: Tokenizer): Dims {
  return { t: tok.vae.t * tok.patch.t, h: tok.vae.h * tok.patch.h, w: tok.vae.w * tok.patch.w };
}

/** Whether two shapes are equal on every axis. The one way to compare dims. */
export function sameDims(a: Dims, b: Dims): boolean {
  return a.t === b.t && a.h === b.h && a.w === b.w;
}
