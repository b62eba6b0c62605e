// The token grid exactly as each model's own code computes it: its padding of the input, its VAE's rounding
// (chunked for Open-Sora 1.2), its latent-frame padding (CogVideoX 1.5), then the patch. Re-exported by rules.ts.
import { type Dims, type Tokenizer, assertDims, divideFit, latentFrames, sameDims, tokenGrid, volumeOf } from './grid';
import type { Preset } from './preset-types';
import { checkSize, formatRule, validAtOrAbove } from './rules';

export interface PresetTokens {
  /** One-rule tokenizer over the user's input, for drawing; its grid can differ from `grid` (see notes). */
  readonly tok: Tokenizer;
  readonly grid: Dims; // T'×H'×W' as the model computes it
  readonly count: number; // video tokens = grid volume
  readonly textTokens: number; // text tokens in the same sequence
  readonly notes: readonly PresetNote[];
}

/** What a model does to the input by itself, as data; the interface words it (src/ui/model-notes.ts). */
export type PresetNote =
  | { readonly kind: 'pads'; readonly model: string; readonly changes: readonly Rounding[] }
  | {
      readonly kind: 'chunks';
      readonly model: string;
      readonly chunkFrames: number;
      readonly chunkLatents: number;
      readonly frames: number;
      readonly full: number; // whole chunks
      readonly rest: number; // frames in a shorter last chunk (0: none)
      readonly padTo: number; // that chunk, padded at the front
      readonly latentT: number;
    }
  | { readonly kind: 'latentPad'; readonly model: string; readonly latentT: number; readonly patchT: number }
  | { readonly kind: 'breaks'; readonly model: string }
  | {
      readonly kind: 'drawn';
      readonly model: string;
      readonly fit: 'crop' | 'pad';
      readonly drawn: Dims;
      readonly grid: Dims;
    }
  | { readonly kind: 'text'; readonly tokens: number };

/** One axis of the input the model pads: frames to a rule (`8k+1`), H or W to a multiple of `multiple` px. */
export type Rounding =
  | { readonly axis: 'frames'; readonly from: number; readonly to: number; readonly rule: string }
  | { readonly axis: 'H' | 'W'; readonly from: number; readonly to: number; readonly multiple: number };

/**
 * Latent frames of a VAE run on chunks of `chunk.frames` frames (Open-Sora 1.2: 17 → 5). Each full chunk gives
 * `chunk.latents`; a shorter last chunk of r frames is padded at the front to a multiple of s_t and gives ⌈r/s_t⌉,
 * as VideoAutoencoderPipeline.get_latent_size and VAE_Temporal.encode do in Open-Sora v1.2.0.
 */
export function chunkedLatentFrames(
  frames: number,
  chunk: { frames: number; latents: number },
  strideT: number,
): number {
  const full = Math.floor(frames / chunk.frames);
  return full * chunk.latents + Math.ceil((frames - full * chunk.frames) / strideT);
}

/** What the model feeds its VAE: the input after the model's own padding of frames and size. */
function modelInput(preset: Preset, input: Dims, notes: PresetNote[]): Dims {
  const size = preset.sizeMultiplePx?.mode === 'pad' ? preset.sizeMultiplePx : null;
  const frames = preset.frameRule?.mode === 'pad' ? preset.frameRule : null;
  const seen = {
    t: frames ? validAtOrAbove(input.t, frames) : input.t,
    h: size ? Math.ceil(input.h / size.h) * size.h : input.h,
    w: size ? Math.ceil(input.w / size.w) * size.w : input.w,
  };
  const changes: Rounding[] = [];
  if (frames && seen.t !== input.t)
    changes.push({ axis: 'frames', from: input.t, to: seen.t, rule: formatRule(frames) });
  if (size && seen.h !== input.h) changes.push({ axis: 'H', from: input.h, to: seen.h, multiple: size.h });
  if (size && seen.w !== input.w) changes.push({ axis: 'W', from: input.w, to: seen.w, multiple: size.w });
  if (changes.length > 0) notes.push({ kind: 'pads', model: preset.name, changes });
  return seen;
}

function chunkNote(preset: Preset, frames: number, latentT: number): PresetNote {
  const chunk = preset.chunk ?? { frames: 1, latents: 1 };
  const full = Math.floor(frames / chunk.frames);
  const rest = frames - full * chunk.frames;
  const padTo = Math.ceil(rest / preset.vae.t) * preset.vae.t;
  const [chunkFrames, chunkLatents] = [chunk.frames, chunk.latents];
  return { kind: 'chunks', model: preset.name, chunkFrames, chunkLatents, frames, full, rest, padTo, latentT };
}

/** The latent the model's VAE produces, after any latent-frame padding. */
function modelLatent(preset: Preset, seen: Dims, notes: PresetNote[]): Dims {
  const fit = preset.vaeFit ?? preset.fit;
  let t = preset.chunk
    ? chunkedLatentFrames(seen.t, preset.chunk, preset.vae.t)
    : latentFrames(seen.t, preset.vae.t, preset.causal, fit);
  if (preset.chunk) notes.push(chunkNote(preset, seen.t, t));
  if (preset.latentFramePad === 'even' && t % 2 === 1) {
    notes.push({ kind: 'latentPad', model: preset.name, latentT: t, patchT: preset.patch.t });
    t += 1;
  }
  return { t, h: divideFit(seen.h, preset.vae.h, fit), w: divideFit(seen.w, preset.vae.w, fit) };
}

export function presetTokenizer(preset: Preset, input: Dims): PresetTokens {
  assertDims(input, 'input');
  assertDims(preset.vae, `${preset.id}.vae`);
  assertDims(preset.patch, `${preset.id}.patch`);
  const notes: PresetNote[] = [];
  const latent = modelLatent(preset, modelInput(preset, input, notes), notes);
  const grid = {
    t: divideFit(latent.t, preset.patch.t, preset.fit),
    h: divideFit(latent.h, preset.patch.h, preset.fit),
    w: divideFit(latent.w, preset.patch.w, preset.fit),
  };
  const { vae, causal, patch, fit, channels } = preset;
  const tok: Tokenizer = { input, vae, causal, patch, fit, channels };
  if (checkSize(preset, input).length > 0) notes.push({ kind: 'breaks', model: preset.name });
  const drawn = tokenGrid(tok);
  if (!sameDims(drawn, grid)) {
    notes.push({ kind: 'drawn', model: preset.name, fit, drawn, grid });
  }
  if (preset.textTokens > 0) notes.push({ kind: 'text', tokens: preset.textTokens });
  return { tok, grid, count: volumeOf(grid), textTokens: preset.textTokens, notes };
}
