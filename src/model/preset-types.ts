// What a model preset is: its tokenizer, size rules and transformer. A leaf: the data (presets.ts) and the
// rules (rules.ts) both read it.
import type { Dims, Fit } from './grid';

/** What a model does with a size that breaks its rule: refuses it, pads up to the next valid size, or runs anyway. */
export type RuleMode = 'reject' | 'pad' | 'expect';

/** Valid frame counts are multiple·k + offset for k ≥ 0 (4k+1, 6k+1, 8k+1, 16k+1), and at least 1. */
export interface FrameRule {
  readonly multiple: number;
  readonly offset: number;
  readonly mode?: RuleMode; // default 'reject'
}

/** H and W in pixels must be (reject), should be (expect) or are rounded up to (pad) multiples of h, w. */
export interface SizeRule {
  readonly h: number;
  readonly w: number;
  readonly mode: RuleMode;
}

export interface Preset {
  readonly id: string;
  readonly name: string;
  readonly vae: Dims; // compression stride (t, h, w); 1x1x1 = pixels, t = 1 = an image VAE per frame
  readonly causal: boolean; // first frame encoded alone: T' = 1 + (T − 1)/s_t
  readonly channels: number; // C of the latent (3 for pixels)
  readonly patch: Dims; // in latent units
  /** Rounding at the patch stage, and the one rule the view draws with. */
  readonly fit: Fit;
  /** Rounding at the VAE stage when it differs from `fit` (Open-Sora 1.x floor at the VAE, then pad to the patch). */
  readonly vaeFit?: Fit;
  readonly typical: { readonly w: number; readonly h: number; readonly t: number }; // px, px, frames
  readonly frameRule: FrameRule | null;
  /** H, W must be (reject), should be (expect) or are rounded up to (pad) multiples of this. */
  readonly sizeMultiplePx: SizeRule | null;
  readonly textTokens: number; // extra text tokens in the same self-attention sequence, 0 if none
  readonly modelWidth: number; // d
  readonly heads: number;
  readonly layers: number; // transformer blocks (dual- plus single-stream where a model has both)
  /** Factorised: spatial attention within a frame, then temporal across frames (Latte, Open-Sora 1.x STDiT). */
  readonly attention: 'full' | 'factorised';
  /** A chunked VAE: every `frames` pixel frames become `latents` latent frames (Open-Sora 1.2: 17 → 5). */
  readonly chunk?: { readonly frames: number; readonly latents: number };
  /** CogVideoX 1.5 pads an odd latent frame count to even before its 2-frame patch. */
  readonly latentFramePad?: 'even';
  /** Frames per second the model generates at, where its source says. */
  readonly fps?: number;
  readonly source: string; // file or paper to cite
  readonly notes: string;
  readonly illustrative?: boolean; // numbers chosen to illustrate, not a real model's
  readonly unverified?: readonly string[]; // names of fields not checked against code or paper
}
