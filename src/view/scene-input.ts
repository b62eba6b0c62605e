// What the view needs to know, derived from the app state by main.ts. Plain data, no three.js.
import type { Dims, Tokenizer } from '../model/grid';
import type { TokenPos } from '../model/sequence';
import type { Cut } from '../model/slice';

/** Who the selected token attends to, as the shader takes it (attentionUniformData); null: no highlight. */
export interface AttentionHighlight {
  readonly passes: 1 | 2;
  readonly kinds: readonly [Dims, Dims]; // per pass, per axis: 0 window, 1 causal
  readonly sizes: readonly [Dims, Dims]; // per pass, per axis: window size, clamped to the grid
}

/** Text tokens of the preset: in the sequence (joint, MMDiT-style) or keys and values only (cross-attention). */
export interface SequenceText {
  readonly kind: 'joint' | 'cross';
  readonly tokens: number;
}

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
  /** Patch n' pack (sequence view): tokens of each packed clip, in order, drawn as one line; else null. */
  readonly packed?: readonly number[] | null;
  readonly attention: AttentionHighlight | null; // lights the selected token's keys; null for full attention
  readonly text: SequenceText | null; // the preset's text tokens, marked by the sequence; null: none
}

/**
 * Whether two inputs hold the same values. main.ts builds a fresh input on every store change, so identity
 * says nothing; this compares plain data (numbers, strings, booleans, null, arrays, objects) all the way down,
 * so a field added to SceneInput later is compared too.
 */
export function sameSceneInput(a: SceneInput, b: SceneInput): boolean {
  return samePlain(a, b);
}

function samePlain(a: unknown, b: unknown): boolean {
  if (Object.is(a, b)) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const keysA = Object.keys(a);
  if (keysA.length !== Object.keys(b).length) return false;
  const recordA = a as Record<string, unknown>;
  const recordB = b as Record<string, unknown>;
  return keysA.every((key) => Object.hasOwn(recordB, key) && samePlain(recordA[key], recordB[key]));
}
