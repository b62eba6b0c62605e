// The token grid exactly as each model's own code computes it: its padding of the input, its VAE's rounding
// (chunked for Open-Sora 1.2), its latent-frame padding (CogVideoX 1.5), then the patch. Re-exported by rules.ts.
import {
  type Dims,
  type Tokenizer,
  assertDims,
  divideFit,
  formatDims,
  latentFrames,
  sameDims,
  tokenGrid,
  volumeOf,
} from './grid';
import type { Preset } from './preset-types';
import { checkSize, formatRule, validAtOrAbove } from './rules';

export interface PresetTokens {
  /** One-rule tokenizer over the user's input, for drawing; its grid can differ from `grid` (see notes). */
  readonly tok: Tokenizer;
  readonly grid: Dims; // T'×H'×W' as the model computes it
  readonly count: number; // video tokens = grid volume
  readonly textTokens: number; // text tokens in the same sequence
  readonly notes: readonly string[];
}

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

const rounded = (axis: string, from: number, to: number, why: string): string => `${axis} ${from} → ${to} (${why})`;

/** What the model feeds its VAE: the input after the model's own padding of frames and size. */
function modelInput(preset: Preset, input: Dims, notes: string[]): Dims {
  const size = preset.sizeMultiplePx?.mode === 'pad' ? preset.sizeMultiplePx : null;
  const frames = preset.frameRule?.mode === 'pad' ? preset.frameRule : null;
  const seen = {
    t: frames ? validAtOrAbove(input.t, frames) : input.t,
    h: size ? Math.ceil(input.h / size.h) * size.h : input.h,
    w: size ? Math.ceil(input.w / size.w) * size.w : input.w,
  };
  const changes: string[] = [];
  if (frames && seen.t !== input.t) changes.push(rounded('frames', input.t, seen.t, formatRule(frames)));
  if (size && seen.h !== input.h) changes.push(rounded('H', input.h, seen.h, `multiple of ${size.h} px`));
  if (size && seen.w !== input.w) changes.push(rounded('W', input.w, seen.w, `multiple of ${size.w} px`));
  if (changes.length > 0) notes.push(`${preset.name} pads its input: ${changes.join(', ')}.`);
  return seen;
}

function chunkNote(preset: Preset, frames: number, latentT: number): string {
  const chunk = preset.chunk ?? { frames: 1, latents: 1 };
  const full = Math.floor(frames / chunk.frames);
  const rest = frames - full * chunk.frames;
  const last =
    rest === 0
      ? ''
      : ` + a last chunk of ${rest} frame${rest === 1 ? '' : 's'}, padded at the front to ${Math.ceil(rest / preset.vae.t) * preset.vae.t}`;
  return `${preset.name} encodes ${chunk.frames}-frame chunks, ${chunk.latents} latent frames each: ${frames} frames = ${full} chunk${full === 1 ? '' : 's'}${last} → ${latentT} latent frames.`;
}

/** The latent the model's VAE produces, after any latent-frame padding. */
function modelLatent(preset: Preset, seen: Dims, notes: string[]): Dims {
  const fit = preset.vaeFit ?? preset.fit;
  let t = preset.chunk
    ? chunkedLatentFrames(seen.t, preset.chunk, preset.vae.t)
    : latentFrames(seen.t, preset.vae.t, preset.causal, fit);
  if (preset.chunk) notes.push(chunkNote(preset, seen.t, t));
  if (preset.latentFramePad === 'even' && t % 2 === 1) {
    notes.push(`${preset.name} pads ${t} latent frames to ${t + 1} so its ${preset.patch.t}-frame patch divides them.`);
    t += 1;
  }
  return { t, h: divideFit(seen.h, preset.vae.h, fit), w: divideFit(seen.w, preset.vae.w, fit) };
}

export function presetTokenizer(preset: Preset, input: Dims): PresetTokens {
  assertDims(input, 'input');
  assertDims(preset.vae, `${preset.id}.vae`);
  assertDims(preset.patch, `${preset.id}.patch`);
  const notes: string[] = [];
  const latent = modelLatent(preset, modelInput(preset, input, notes), notes);
  const grid = {
    t: divideFit(latent.t, preset.patch.t, preset.fit),
    h: divideFit(latent.h, preset.patch.h, preset.fit),
    w: divideFit(latent.w, preset.patch.w, preset.fit),
  };
  const { vae, causal, patch, fit, channels } = preset;
  const tok: Tokenizer = { input, vae, causal, patch, fit, channels };
  if (checkSize(preset, input).length > 0)
    notes.push(`${preset.name} breaks a size rule here; the grid follows its formulas anyway.`);
  const drawn = tokenGrid(tok);
  if (!sameDims(drawn, grid)) {
    notes.push(
      `The view draws one ${fit} rule (${formatDims(drawn, '×')}); ${preset.name} itself makes ${formatDims(grid, '×')}.`,
    );
  }
  if (preset.textTokens > 0) notes.push(`+${preset.textTokens} text tokens share the sequence.`);
  return { tok, grid, count: volumeOf(grid), textTokens: preset.textTokens, notes };
}
