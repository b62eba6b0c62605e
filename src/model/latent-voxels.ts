// What one latent voxel stands for, for the tour's figures: the pixels it encodes and its C channels.
// A real VAE's channels are learned; here they are a fixed random mix of the voxel's pixels, for illustration
// only (the figures say so). In pixel space (stride 1×1×1) a voxel is a pixel and its channels are its colour.
import type { VolumeShape } from './budget';
import { latentFrameStart } from './extent';
import type { Dims, Tokenizer } from './grid';
import type { TokenPos } from './sequence';

type Volume = VolumeShape & { readonly rgba: Uint8Array };
export type Rgb = readonly [number, number, number]; // 0..1

export interface Voxel {
  readonly rgb: Rgb | null; // mean colour of its pixels; null when it is all padding
  readonly channels: readonly number[]; // -1..1 (latent, illustrative) or 0..1 (pixels: r, g, b)
}

/** The pixel frames, rows and columns [start, end) that latent voxel `v` encodes. */
export function voxelRegion(tok: Pick<Tokenizer, 'vae' | 'causal'>, v: TokenPos) {
  const { vae, causal } = tok;
  return {
    frames: [latentFrameStart(v.t, vae.t, causal), latentFrameStart(v.t + 1, vae.t, causal)] as const,
    rows: [v.y * vae.h, (v.y + 1) * vae.h] as const,
    cols: [v.x * vae.w, (v.x + 1) * vae.w] as const,
  };
}

/** The colour at nominal frame f, row y, column x (nearest sample of the decoded volume); null past the input. */
export function pixelAt(volume: Volume, input: Dims, f: number, y: number, x: number): Rgb | null {
  if (f >= input.t || y >= input.h || x >= input.w) return null;
  const vt = Math.min(volume.frames - 1, Math.floor((f * volume.frames) / input.t));
  const vy = Math.min(volume.heightPx - 1, Math.floor((y * volume.heightPx) / input.h));
  const vx = Math.min(volume.widthPx - 1, Math.floor((x * volume.widthPx) / input.w));
  const i = ((vt * volume.heightPx + vy) * volume.widthPx + vx) * 4;
  return [volume.rgba[i]! / 255, volume.rgba[i + 1]! / 255, volume.rgba[i + 2]! / 255];
}

/** The voxel's pixels, frame by frame, at most `side`×`side` samples per frame and `maxFrames` frames. */
export function voxelPixels(volume: Volume, tok: Tokenizer, v: TokenPos, side = 8, maxFrames = 4): (Rgb | null)[][][] {
  const { frames, rows, cols } = voxelRegion(tok, v);
  const nf = Math.min(maxFrames, frames[1] - frames[0]);
  const ny = Math.min(side, rows[1] - rows[0]);
  const nx = Math.min(side, cols[1] - cols[0]);
  const at = (range: readonly [number, number], i: number, n: number) =>
    Math.floor(range[0] + ((i + 0.5) * (range[1] - range[0])) / n);
  return Array.from({ length: nf }, (_, k) =>
    Array.from({ length: ny }, (_, j) =>
      Array.from({ length: nx }, (_, i) =>
        pixelAt(volume, tok.input, at(frames, k, nf), at(rows, j, ny), at(cols, i, nx)),
      ),
    ),
  );
}

/** A fixed pseudo-random weight in [-1, 1] for (channel, input): the same on every call. */
function weight(channel: number, input: number): number {
  let h = Math.imul(channel + 1, 0x9e3779b1) ^ Math.imul(input + 1, 0x85ebca77);
  h = Math.imul(h ^ (h >>> 15), 0x2c1b3c6d);
  h ^= h >>> 12;
  return ((h >>> 0) / 0xffffffff) * 2 - 1;
}

/**
 * C illustrative channel values in [-1, 1]: a fixed random projection of the pixels (centred on grey), squashed.
 * Different pixels give different channels, the same pixels the same ones; nothing here is learned.
 */
export function illustrativeChannels(pixels: readonly (Rgb | null)[], channels: number): number[] {
  const inputs = pixels.flatMap((p) => (p ? [p[0] - 0.5, p[1] - 0.5, p[2] - 0.5] : [0, 0, 0]));
  const scale = 3 / Math.sqrt(Math.max(1, inputs.length));
  return Array.from({ length: channels }, (_, c) =>
    Math.tanh(scale * inputs.reduce((sum, value, i) => sum + weight(c, i) * value, 0)),
  );
}

function mean(pixels: readonly (Rgb | null)[]): Rgb | null {
  const real = pixels.filter((p): p is Rgb => p !== null);
  if (real.length === 0) return null;
  const sum = real.reduce<[number, number, number]>((s, p) => [s[0] + p[0], s[1] + p[1], s[2] + p[2]], [0, 0, 0]);
  return [sum[0] / real.length, sum[1] / real.length, sum[2] / real.length];
}

/** One latent voxel: its mean colour and its channels. */
export function voxelOf(volume: Volume, tok: Tokenizer, v: TokenPos): Voxel {
  const pixels = voxelPixels(volume, tok, v, 4, 2).flat(2);
  const rgb = mean(pixels);
  const pixelSpace = tok.vae.t === 1 && tok.vae.h === 1 && tok.vae.w === 1;
  if (pixelSpace) return { rgb, channels: rgb ? [...rgb].slice(0, tok.channels) : [] };
  return { rgb, channels: illustrativeChannels(pixels, tok.channels) };
}

/** The voxels of the token at `pos`, in the order its vector lists them (t, then y, then x); at most `max`. */
export function tokenVoxels(volume: Volume, tok: Tokenizer, pos: TokenPos, max = 256): Voxel[] {
  const { t: pt, h: ph, w: pw } = tok.patch;
  const voxels: Voxel[] = [];
  for (let dt = 0; dt < pt; dt++)
    for (let dy = 0; dy < ph; dy++)
      for (let dx = 0; dx < pw && voxels.length < max; dx++)
        voxels.push(voxelOf(volume, tok, { t: pos.t * pt + dt, y: pos.y * ph + dy, x: pos.x * pw + dx }));
  return voxels;
}
