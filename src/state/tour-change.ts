// What a tour step changed, in numbers: the line next to the count ("patches of 1×2×2 voxels: 46,800 → 11,960
// tokens"). Pure: from the previous and the current step's params and the clip's shape.
import { type AttentionSpec, keysOf, patternCost } from '../model/attention-pattern';
import { type Dims, type Tokenizer, latentShape, sameDims, tokenCount, tokenGrid, valuesPerToken } from '../model/grid';
import { pack } from '../model/packing';
import { type TokenPos, splitIndex } from '../model/sequence';
import { BUNDLED_CLIPS } from './clips';
import { isPixelSpace, tokenizerOf } from './derive';
import { defaultParams, type Params } from './params';
import { TOUR } from './tour';

/** The one thing a step changed, as far as the numbers go. */
export type ChangeKind = 'start' | 'vae' | 'patch' | 'values' | 'noise' | 'attn' | 'pack' | 'none';

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
  readonly attention: TourAttention;
  /** With pack on: the bundled clips, each at its own size, packed into one sequence; else null. */
  readonly packed: { readonly clips: number; readonly total: number } | null;
}

/** Who a token looks at under the step's pattern, and what a layer costs. */
export interface TourAttention {
  readonly spec: AttentionSpec;
  readonly keys: number; // video tokens the selected (or middle) token attends to
  readonly pairs: bigint; // query-key pairs per layer
  readonly full: bigint; // N², the pairs of full attention
  readonly ratio: number; // pairs / N²
}

function packedOf(tok: Tokenizer) {
  const inputs = BUNDLED_CLIPS.map((c) => ({ id: c.id, input: { t: c.frames, h: c.heightPx, w: c.widthPx } }));
  return { clips: inputs.length, total: pack(inputs, tok).total };
}

const specOf = (params: Params): AttentionSpec => ({ pattern: params.attn, window: params.window });
const sameSpec = (a: AttentionSpec, b: AttentionSpec) =>
  a.pattern === b.pattern && (a.pattern !== 'window' || sameDims(a.window, b.window));

function attentionOf(params: Params, grid: Dims): TourAttention {
  const spec = specOf(params);
  const count = grid.t * grid.h * grid.w;
  // The selected token when a link names one in the grid, else the middle one. Full and window (NATTEN shifts a
  // window inward at the borders) give every token the same number of keys, so the choice shows only elsewhere.
  const query: TokenPos =
    params.token !== null && params.token < count
      ? splitIndex(params.token, grid)
      : { t: grid.t >> 1, y: grid.h >> 1, x: grid.w >> 1 };
  const cost = patternCost(spec, grid, null);
  const n = BigInt(count);
  return { spec, keys: count > 0 ? keysOf(spec, grid, query) : 0, pairs: cost.pairs, full: n * n, ratio: cost.ratio };
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
        : before && after.pack && !before.pack
          ? 'pack'
          : before && after.noise > 0 && before.noise !== after.noise
            ? 'noise'
            : before && !sameSpec(specOf(before), specOf(after))
              ? 'attn'
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
    attention: attentionOf(after, tokenGrid(now.tok)),
    packed: after.pack ? packedOf(now.tok) : null,
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
  const change = changeBetween(index === 0 ? null : paramsOf(index - 1), current ?? paramsOf(index), input);
  if (change.kind !== 'none') return change;
  // A step about attention names its pattern even when it is the default one (full attention); the tokens step
  // is about each cube as a row of numbers.
  if ('attn' in TOUR[index]!.change) return { ...change, kind: 'attn' };
  return TOUR[index]!.id === 'tokens' ? { ...change, kind: 'values' } : change;
}
