// Where each token sits in the nominal pixel volume, so the view can draw cubes, cut lines,
// dropped leftovers and padding exactly.
import { type Dims, type Tokenizer, pixelsPerToken, tokenGrid } from './grid';

/** First pixel frame of latent frame `k`. Causal: latent 0 is frame 0 alone, latent k≥1 starts at 1+(k−1)·s_t. */
export function latentFrameStart(k: number, strideT: number, causal: boolean): number {
  if (!causal) return k * strideT;
  return k === 0 ? 0 : 1 + (k - 1) * strideT;
}

/** Pixel frames [start, end) covered by token slab `ti` (may run past the input when padded). */
export function tokenFrameRange(tok: Tokenizer, ti: number): readonly [number, number] {
  const start = latentFrameStart(ti * tok.patch.t, tok.vae.t, tok.causal);
  const end = latentFrameStart((ti + 1) * tok.patch.t, tok.vae.t, tok.causal);
  return [start, end];
}

export interface Coverage {
  /** The part of the input the tokens cover, in pixels/frames, per axis (≤ input when cropped). */
  readonly kept: Dims;
  /** The extent of all tokens, per axis (≥ input when padded). */
  readonly span: Dims;
}

export function coverage(tok: Tokenizer): Coverage {
  const grid = tokenGrid(tok);
  const px = pixelsPerToken(tok);
  const spanT = grid.t === 0 ? 0 : tokenFrameRange(tok, grid.t - 1)[1];
  const span = { t: spanT, h: grid.h * px.h, w: grid.w * px.w };
  return {
    span,
    kept: { t: Math.min(span.t, tok.input.t), h: Math.min(span.h, tok.input.h), w: Math.min(span.w, tok.input.w) },
  };
}

/** Share of the tokens' spanned volume that is padding, 0..1. */
export function paddingFraction(tok: Tokenizer): number {
  const { kept, span } = coverage(tok);
  const spanVolume = span.t * span.h * span.w;
  return spanVolume === 0 ? 0 : 1 - (kept.t * kept.h * kept.w) / spanVolume;
}

/** Share of the input that crop drops, 0..1. */
export function droppedFraction(tok: Tokenizer): number {
  const { kept } = coverage(tok);
  const input: Dims = tok.input;
  return 1 - (kept.t * kept.h * kept.w) / (input.t * input.h * input.w);
}
