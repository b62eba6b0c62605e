// The inspector's strip and the slice figure read pixels from the clip on screen; both are slow enough to keep
// until what they depend on changes. "Which clip" is the volume object itself: two clips of the same shape differ.
import { SECTION_SAMPLES } from '../config';
import type { VolumeShape } from '../model/budget';
import { tokenFrameRange } from '../model/extent';
import { type Point, detailPoint } from '../model/detail';
import { type Dims, type Tokenizer, pixelsPerToken, valuesPerToken } from '../model/grid';
import { tokenVoxels, voxelOf, voxelPixels } from '../model/latent-voxels';
import { type SectionImage, sectionImage } from '../model/section';
import type { TokenPos } from '../model/sequence';
import type { Cut } from '../model/slice';
import { type Tile, tokenTiles } from '../model/token-pixels';
import { isPixelSpace } from './derive';

export type Volume = VolumeShape & { readonly rgba: Uint8Array };

/** `compute` again only when the volume is another object or the key (plain data) changed. */
function memoOnVolume<A extends unknown[], R>(
  keyOf: (...args: A) => unknown,
  compute: (volume: Volume, ...args: A) => R,
): (volume: Volume, ...args: A) => R {
  let last: { volume: Volume; key: string; value: R } | null = null;
  return (volume, ...args) => {
    const key = JSON.stringify(keyOf(...args));
    if (last?.volume !== volume || last.key !== key) last = { volume, key, value: compute(volume, ...args) };
    return last.value;
  };
}

/** The strip of the token at `pos`: changes only with the token, the input or the clip. */
export function memoStrip(): (volume: Volume, tok: Tokenizer, pos: TokenPos) => Tile[] {
  const regionOf = (tok: Tokenizer, pos: TokenPos) => {
    const px = pixelsPerToken(tok);
    return {
      frames: tokenFrameRange(tok, pos.t),
      rows: [pos.y * px.h, (pos.y + 1) * px.h],
      cols: [pos.x * px.w, (pos.x + 1) * px.w],
    } as const;
  };
  return memoOnVolume(
    (tok: Tokenizer, pos: TokenPos) => [regionOf(tok, pos), tok.input],
    (volume, tok, pos) => tokenTiles(volume, tok.input, regionOf(tok, pos), 8, 48),
  );
}

/** The slice's cross-section: changes only with the cut, the input or the clip (and the latent's shape). */
export function memoSection(): (volume: Volume, tok: Tokenizer, cut: Cut, latent: boolean) => SectionImage {
  return memoOnVolume(
    (tok: Tokenizer, cut: Cut, latent: boolean) => [cut, tok.input, latent && [tok.vae, tok.causal]],
    (volume, tok, cut, latent) => sectionImage(volume, tok.input, cut, SECTION_SAMPLES, latent ? tok : null),
  );
}

/** Where the clip has detail (the token selected when a link names none): once per clip and input. */
export function memoDetail(): (volume: Volume, input: Dims) => Point {
  return memoOnVolume(
    (input: Dims) => input,
    (volume, input) => detailPoint(volume, input),
  );
}

/** The tour's figures: one latent voxel and its pixels (step latent), the token as a row (step tokens). */
export function memoFigures() {
  return memoOnVolume(
    (step: string | null, tok: Tokenizer, pos: TokenPos) => [step, tok, pos],
    (volume, step: string | null, tok: Tokenizer, pos: TokenPos) => {
      const first = { t: pos.t * tok.patch.t, y: pos.y * tok.patch.h, x: pos.x * tok.patch.w };
      const latent = step === 'latent' && !isPixelSpace(tok.vae);
      const vector = step === 'tokens';
      return {
        latent: latent
          ? { pixels: voxelPixels(volume, tok, first), voxel: voxelOf(volume, tok, first), stride: tok.vae }
          : null,
        vector: vector
          ? {
              voxels: tokenVoxels(volume, tok, pos),
              patch: tok.patch,
              pixels: isPixelSpace(tok.vae),
              values: valuesPerToken(tok),
            }
          : null,
      };
    },
  );
}
