// What a tour step changed, in numbers: the line next to the count ("patches of 1×2×2 voxels: 46,800 → 11,960
// tokens"). Pure: from the previous and the current step's params and the clip's shape.
import { type Dims, latentShape, sameDims, tokenCount, tokenGrid, valuesPerToken } from '../model/grid';
import { isPixelSpace, tokenizerOf } from './derive';
import { defaultParams, type Params } from './params';
import { TOUR } from './tour';

/** The one thing a step changed, as far as the numbers go. */
export type ChangeKind = 'start' | 'vae' | 'patch' | 'none';

export interface TourChange {
  readonly kind: ChangeKind;
  readonly input: Dims; // the clip's shape, frames × px × px
  readonly before: number | null; // tokens at the step before; null at the first step
  readonly after: number;
  readonly valuesBefore: number | null; // numbers per token
  readonly valuesAfter: number;
  readonly vae: Dims; // the current step's stride (1×1×1: pixels)
  readonly patch: Dims; // in latent voxels, or pixels when there is no VAE
  readonly latent: Dims; // the volume the patches are cut from
  readonly grid: Dims;
  readonly pixels: boolean; // patches are cut from pixels (no VAE)
  readonly channels: number; // numbers per latent voxel (3 colours for pixels)
}

function numbers(params: Params, input: Dims) {
  const tok = tokenizerOf(params, input);
  return { tok, count: tokenCount(tok), values: valuesPerToken(tok) };
}

/** The change between two sets of params; `before` null for the first step. */
export function changeBetween(before: Params | null, after: Params, input: Dims): TourChange {
  const now = numbers(after, input);
  const then = before ? numbers(before, input) : null;
  const kind: ChangeKind = !then
    ? 'start'
    : !sameDims(then.tok.vae, now.tok.vae)
      ? 'vae'
      : !sameDims(then.tok.patch, now.tok.patch)
        ? 'patch'
        : 'none';
  return {
    kind,
    input,
    before: then?.count ?? null,
    after: now.count,
    valuesBefore: then?.values ?? null,
    valuesAfter: now.values,
    vae: now.tok.vae,
    patch: now.tok.patch,
    latent: latentShape(now.tok),
    grid: tokenGrid(now.tok),
    pixels: isPixelSpace(now.tok.vae),
    channels: now.tok.channels,
  };
}

/**
 * The change a tour step makes, for a clip of this shape; null for an unknown step. `current` (the params on
 * screen, which a link or the panel may have changed) stands in for the step's own.
 */
export function tourChange(stepId: string | null, input: Dims, current?: Params): TourChange | null {
  const index = TOUR.findIndex((step) => step.id === stepId);
  if (index < 0) return null;
  const paramsOf = (i: number): Params => ({ ...defaultParams(), ...TOUR[i]!.params });
  return changeBetween(index === 0 ? null : paramsOf(index - 1), current ?? paramsOf(index), input);
}
