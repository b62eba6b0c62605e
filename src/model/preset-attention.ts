// How each preset's transformer attends: text in the sequence or by cross-attention, its positions (3D RoPE and
// how a head's channels split between t, h and w, or absolute embeddings), its head dim, and a published
// attention pattern it offers. Keyed by preset id, apart from the tokenizer rows in presets.ts.
// Facts checked in the files cited; `unverified` names what was not.
import type { Pattern } from './attention-pattern';
import type { Dims } from './grid';

export interface RopeSplit {
  readonly t: number; // channels of a head rotated by the token frame index
  readonly h: number; // … by the row
  readonly w: number; // … by the column
  readonly theta: number; // base of the frequencies θ_i = theta^(−2i/dim_axis)
}

export interface OfferedPattern {
  readonly pattern: Pattern;
  readonly window?: Dims; // in tokens, odd
  readonly shipped: boolean; // false: a research variant measured on this model
  readonly source: string;
}

export interface PresetAttention {
  readonly text: 'joint' | 'cross' | 'none';
  readonly textTokens: number; // joint: in the sequence; cross: keys and values only
  readonly headDim: number;
  readonly position:
    | { readonly kind: 'rope3d'; readonly split: RopeSplit }
    | { readonly kind: 'absolute'; readonly how: string }
    | { readonly kind: 'other'; readonly how: string };
  readonly offers?: OfferedPattern;
  readonly source: string;
  readonly unverified?: readonly string[];
}

const WAN_SPLIT = { t: 44, h: 42, w: 42, theta: 10000 }; // d − 4·(d//6), 2·(d//6), 2·(d//6) at d = 128

export const PRESET_ATTENTION: Readonly<Record<string, PresetAttention>> = {
  vivit: {
    text: 'none',
    textTokens: 0,
    headDim: 64,
    position: { kind: 'absolute', how: 'learned absolute position embeddings' },
    source: 'google-research/scenic projects/vivit (ViViT-B: d = 768, 12 heads)',
  },
  latte: {
    text: 'none',
    textTokens: 0,
    headDim: 72,
    position: { kind: 'absolute', how: 'sinusoidal absolute: 2D in space, 1D in time' },
    offers: {
      pattern: 'factorised',
      shipped: true,
      source: 'Latte alternates spatial and temporal blocks (diffusers latte_transformer_3d.py)',
    },
    source: 'diffusers models/transformers/latte_transformer_3d.py',
    unverified: ['text'],
  },
  opensora10: {
    text: 'cross',
    textTokens: 120,
    headDim: 72,
    position: { kind: 'absolute', how: 'sinusoidal absolute in space plus a temporal embedding' },
    offers: {
      pattern: 'factorised',
      shipped: true,
      source: 'STDiT: spatial, then temporal attention in each block (Open-Sora v1.0.0 stdit.py)',
    },
    source: 'hpcaitech/Open-Sora v1.0.0 opensora/models/stdit/stdit.py',
    unverified: ['textTokens'],
  },
  opensora12: {
    text: 'cross',
    textTokens: 300,
    headDim: 72,
    position: { kind: 'other', how: 'sinusoidal absolute in space; RoPE on time in the temporal attention' },
    offers: {
      pattern: 'factorised',
      shipped: true,
      source: 'STDiT3: spatial, then temporal attention in each block (Open-Sora v1.2.0 stdit3.py)',
    },
    source: 'hpcaitech/Open-Sora v1.2.0 opensora/models/stdit/stdit3.py',
    unverified: ['textTokens'],
  },
  cogvideox: {
    text: 'joint',
    textTokens: 226,
    headDim: 64,
    position: { kind: 'rope3d', split: { t: 16, h: 24, w: 24, theta: 10000 } },
    source:
      'diffusers embeddings.py get_3d_rotary_pos_embed: dim_t = D//4, dim_h = dim_w = D//8·3 (5B; the 2B uses sinusoidal)',
  },
  mochi: {
    text: 'joint',
    textTokens: 256,
    headDim: 128,
    position: { kind: 'other', how: '3D RoPE with learned frequencies that mix t, h and w: no fixed split' },
    source: 'genmoai/mochi dit/joint_model/asymm_models_joint.py (pos_frequencies)',
    unverified: ['position'],
  },
  opensoraplan13: {
    text: 'cross',
    textTokens: 512,
    headDim: 96,
    position: { kind: 'other', how: '3D RoPE (split not checked)' },
    source: 'PKU-YuanGroup/Open-Sora-Plan docs/Report-v1.3.0.md',
    unverified: ['textTokens', 'position'],
  },
  moviegen: {
    text: 'cross',
    textTokens: 0,
    headDim: 128,
    position: { kind: 'absolute', how: 'factorised learned absolute embeddings (t, h, w added)' },
    source: 'Movie Gen paper (arXiv 2410.13720) §3.1',
    unverified: ['textTokens'],
  },
  cogvideox15: {
    text: 'joint',
    textTokens: 226,
    headDim: 64,
    position: { kind: 'rope3d', split: { t: 16, h: 24, w: 24, theta: 10000 } },
    source: 'diffusers embeddings.py get_3d_rotary_pos_embed (CogVideoX1.5-5B)',
  },
  ltxv: {
    text: 'cross',
    textTokens: 128,
    headDim: 64,
    position: {
      kind: 'other',
      how: '3D RoPE on fractional coordinates, applied over the whole width before the heads split',
    },
    source: 'diffusers models/transformers/transformer_ltx.py LTXVideoRotaryPosEmbed',
    unverified: ['textTokens'],
  },
  hunyuanvideo: {
    text: 'joint',
    textTokens: 256,
    headDim: 128,
    position: { kind: 'rope3d', split: { t: 16, h: 56, w: 56, theta: 256 } },
    offers: {
      pattern: 'window',
      window: { t: 3, h: 5, w: 5 },
      shipped: false,
      source:
        'Sliding Tile Attention (arXiv 2502.04507) on HunyuanVideo: tiles of 6×8×8 tokens; shown here as a token window',
    },
    source: 'Tencent/HunyuanVideo hyvideo/inference.py (rope_dim_list = [16, 56, 56], rope_theta = 256)',
    unverified: ['offers.window'],
  },
  cosmos: {
    text: 'cross',
    textTokens: 512,
    headDim: 128,
    position: { kind: 'rope3d', split: { t: 44, h: 42, w: 42, theta: 10000 } },
    source:
      'diffusers transformer_cosmos.py CosmosRotaryPosEmbed (dim_h = dim_w = D//6·2; also learnable absolute embeddings)',
  },
  wan21: {
    text: 'cross',
    textTokens: 512,
    headDim: 128,
    position: { kind: 'rope3d', split: WAN_SPLIT },
    source: 'Wan-Video/Wan2.1 wan/modules/model.py (rope_params(1024, d − 4·(d//6)), 2·(d//6), 2·(d//6))',
  },
  opensora20: {
    text: 'joint',
    textTokens: 512,
    headDim: 128,
    position: { kind: 'rope3d', split: { t: 16, h: 56, w: 56, theta: 10000 } },
    source: 'hpcaitech/Open-Sora opensora/models/mmdit (Flux-style axes_dim)',
    unverified: ['textTokens', 'position'],
  },
  'wan22-5b': {
    text: 'cross',
    textTokens: 512,
    headDim: 128,
    position: { kind: 'rope3d', split: WAN_SPLIT },
    source: 'Wan-Video/Wan2.2 wan/modules/model.py (same split as Wan 2.1)',
  },
  'sora-like': {
    text: 'none',
    textTokens: 0,
    headDim: 128,
    position: { kind: 'other', how: 'undisclosed' },
    source: 'illustrative: OpenAI has not published Sora’s architecture',
    unverified: ['text', 'headDim', 'position'],
  },
};

export function presetAttention(id: string): PresetAttention | undefined {
  return Object.hasOwn(PRESET_ATTENTION, id) ? PRESET_ATTENTION[id] : undefined;
}

/** Rotation frequencies of one RoPE axis: θ_i = theta^(−2i/dim) for i < dim/2 (radians per position). */
export function ropeFrequencies(dim: number, theta: number): number[] {
  return Array.from({ length: Math.floor(dim / 2) }, (_, i) => theta ** ((-2 * i) / dim));
}
