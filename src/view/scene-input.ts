// What the view needs to know, derived from the app state by main.ts. Plain data, no three.js.
import type { Dims, Tokenizer } from '../model/grid';
import type { TokenPos } from '../model/sequence';
import type { Cut } from '../model/slice';

export type ViewKind = 'stack' | 'cubes' | 'sequence';

export interface SceneInput {
  readonly tok: Tokenizer;
  readonly grid: Dims;
  readonly kept: Dims; // part of the input the tokens cover (crop)
  readonly view: ViewKind;
  readonly explode: number; // 0..1
  readonly latent: number; // 0: pixels, 1: the latent (animated between)
  readonly sequence: number; // 0: cubes in the volume, 1: cubes in a line (animated between)
  readonly noise: number; // 0..1
  readonly selected: TokenPos | null;
  readonly cut: Cut | null; // a slice plane through the volume (cubes view)
}
