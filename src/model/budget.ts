// How big a GPU volume a decoded clip may become. The nominal input (w, h, t) is what the model sees;
// the volume is only a picture of it, resampled to fit a memory budget and the GPU's 3D texture limit.
import { sameDims } from './grid';

export interface VolumeShape {
  readonly frames: number;
  readonly heightPx: number;
  readonly widthPx: number;
}

export const BYTES_PER_VOXEL = 4; // RGBA8

/** Whether two volumes have the same frames, height and width. */
export function sameVolumeShape(a: VolumeShape, b: VolumeShape): boolean {
  return sameDims({ t: a.frames, h: a.heightPx, w: a.widthPx }, { t: b.frames, h: b.heightPx, w: b.widthPx });
}

export interface VolumeLimits {
  readonly budgetBytes: number;
  readonly maxTextureSize: number; // MAX_3D_TEXTURE_SIZE, per axis
  readonly maxFrames: number; // frames sampled at most, evenly over the clip
}

export function volumeBytes(shape: VolumeShape): number {
  return shape.frames * shape.heightPx * shape.widthPx * BYTES_PER_VOXEL;
}

/**
 * The largest volume, keeping the display aspect ratio, that fits the limits. Frames are reduced first
 * only down to what the budget allows at a readable size; then space is scaled down.
 */
export function fitVolume(source: VolumeShape, limits: VolumeLimits): VolumeShape {
  const { budgetBytes, maxTextureSize, maxFrames } = limits;
  if (![source.frames, source.heightPx, source.widthPx].every((n) => Number.isFinite(n) && n >= 1)) {
    throw new Error(`invalid source shape: ${source.frames}x${source.heightPx}x${source.widthPx}`);
  }
  if (!(budgetBytes >= BYTES_PER_VOXEL) || !(maxTextureSize >= 1) || !(maxFrames >= 1)) {
    throw new Error(`invalid volume limits: ${budgetBytes} B, ${maxTextureSize} px, ${maxFrames} frames`);
  }
  const frames = Math.min(Math.floor(source.frames), maxFrames, maxTextureSize);
  const voxelsPerFrame = budgetBytes / BYTES_PER_VOXEL / frames;
  // Scale space by one factor so the aspect ratio holds; never upscale.
  const byBudget = Math.sqrt(voxelsPerFrame / (source.heightPx * source.widthPx));
  const byTexture = maxTextureSize / Math.max(source.heightPx, source.widthPx);
  const scale = Math.min(1, byBudget, byTexture);
  const shape = {
    frames,
    heightPx: Math.max(1, Math.floor(source.heightPx * scale)),
    widthPx: Math.max(1, Math.floor(source.widthPx * scale)),
  };
  // A very thin picture can leave its short side clamped up to 1 px: shrink the long side to fit instead.
  if (shape.heightPx * shape.widthPx > voxelsPerFrame) {
    const area = Math.max(1, Math.floor(voxelsPerFrame));
    if (shape.heightPx >= shape.widthPx) shape.heightPx = Math.max(1, Math.floor(area / shape.widthPx));
    else shape.widthPx = Math.max(1, Math.floor(area / shape.heightPx));
  }
  // A tiny budget can't hold even 1×1 per frame; then drop frames rather than break the budget.
  const maxFramesByBudget = Math.max(1, Math.floor(budgetBytes / BYTES_PER_VOXEL / (shape.heightPx * shape.widthPx)));
  return { ...shape, frames: Math.min(shape.frames, maxFramesByBudget) };
}

/** Mid-frame timestamps (s) of `count` frames sampled evenly over a clip of `durationSec`. */
export function midFrameTimestamps(durationSec: number, count: number): number[] {
  if (!(durationSec > 0) || !Number.isInteger(count) || count < 1) {
    throw new Error(`invalid sampling: ${durationSec} s, ${count} frames`);
  }
  return Array.from({ length: count }, (_, i) => ((i + 0.5) * durationSec) / count);
}
