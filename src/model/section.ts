// The cross-section a slice plane shows, as an image, and the token boundaries to draw on it.
import type { VolumeShape } from './budget';
import { latentFrameStart, tokenFrameRange } from './extent';
import { type Axis, type Dims, type Tokenizer, pixelsPerToken, tokenGrid } from './grid';
import type { Cut } from './slice';

/** How the plane lies on the page: x–t runs time down the page, y–t runs time across (a slit scan). */
export function sectionAxes(cutAxis: Axis): { readonly across: Axis; readonly down: Axis } {
  if (cutAxis === 'h') return { across: 'w', down: 't' };
  if (cutAxis === 'w') return { across: 't', down: 'h' };
  return { across: 'w', down: 'h' };
}

export interface SectionImage {
  readonly widthPx: number;
  readonly heightPx: number;
  readonly rgba: Uint8ClampedArray;
}

/**
 * The plane's pixels, nearest-sampled from the decoded volume: at most `maxSamples` per side, one per
 * nominal pixel or frame when there are fewer.
 */
export function sectionImage(
  volume: VolumeShape & { rgba: Uint8Array },
  input: Dims,
  cut: Cut,
  maxSamples: number,
  latent: Pick<Tokenizer, 'vae' | 'causal'> | null = null,
): SectionImage {
  const { across, down } = sectionAxes(cut.axis);
  // Showing the latent: every point takes the value at the centre of its latent voxel, as the 3D view does.
  const centre = (axis: Axis, nominal: number) => (latent ? latentCentre(latent, axis, nominal) : nominal);
  const widthPx = Math.max(1, Math.min(maxSamples, input[across]));
  const heightPx = Math.max(1, Math.min(maxSamples, input[down]));
  const rgba = new Uint8ClampedArray(widthPx * heightPx * 4);
  const volumeSize: Dims = { t: volume.frames, h: volume.heightPx, w: volume.widthPx };
  const toVolume = (axis: Axis, nominal: number) =>
    Math.min(volumeSize[axis] - 1, Math.floor((nominal * volumeSize[axis]) / input[axis]));
  const at: Record<Axis, number> = { t: 0, h: 0, w: 0 };
  at[cut.axis] = toVolume(cut.axis, centre(cut.axis, cut.index + 0.5));
  for (let row = 0; row < heightPx; row++) {
    at[down] = toVolume(down, centre(down, ((row + 0.5) * input[down]) / heightPx));
    for (let col = 0; col < widthPx; col++) {
      at[across] = toVolume(across, centre(across, ((col + 0.5) * input[across]) / widthPx));
      const from = ((at.t * volume.heightPx + at.h) * volume.widthPx + at.w) * 4;
      rgba.set(volume.rgba.subarray(from, from + 4), (row * widthPx + col) * 4);
    }
  }
  return { widthPx, heightPx, rgba };
}

/** The centre, in nominal pixels or frames, of the latent voxel that holds `nominal` along `axis`. */
export function latentCentre(tok: Pick<Tokenizer, 'vae' | 'causal'>, axis: Axis, nominal: number): number {
  const stride = tok.vae[axis];
  if (axis !== 't') return (Math.floor(nominal / stride) + 0.5) * stride;
  const start = (k: number) => latentFrameStart(k, stride, tok.causal);
  let k = tok.causal ? (nominal < 1 ? 0 : 1 + Math.floor((nominal - 1) / stride)) : Math.floor(nominal / stride);
  k = Math.max(0, k);
  return (start(k) + start(k + 1)) / 2;
}

/** Where tokens start along an axis, in nominal pixels or frames, up to the input's end (exclusive). */
export function tokenBoundaries(tok: Tokenizer, axis: Axis): number[] {
  const grid = tokenGrid(tok);
  const step = pixelsPerToken(tok);
  const starts: number[] = [];
  for (let i = 1; i < grid[axis]; i++) {
    const start = axis === 't' ? tokenFrameRange(tok, i)[0] : i * step[axis];
    if (start >= tok.input[axis]) break;
    starts.push(start);
  }
  return starts;
}

/** The token rows, columns or slabs the cut passes through along its own axis, or null past the tokens. */
export function tokenAtCut(tok: Tokenizer, cut: Cut): number | null {
  const grid = tokenGrid(tok);
  if (cut.axis !== 't') {
    const index = Math.floor(cut.index / pixelsPerToken(tok)[cut.axis]);
    return index < grid[cut.axis] ? index : null;
  }
  for (let i = 0; i < grid.t; i++) {
    const [start, end] = tokenFrameRange(tok, i);
    if (cut.index >= start && cut.index < end) return i;
  }
  return null;
}
