// NaViT-style "patch n' pack": clips of different sizes become token grids laid end to end in one sequence.
import { type Dims, type Tokenizer, tokenGrid, volumeOf } from './grid';

export interface PackedClip {
  readonly id: string;
  readonly grid: Dims;
  readonly tokens: number;
  readonly start: number; // index of its first token in the packed sequence
}

export interface Packing {
  readonly clips: readonly PackedClip[];
  readonly total: number;
}

/** Pack each input with the same tokenizer, in order. */
export function pack(inputs: readonly { id: string; input: Dims }[], tok: Omit<Tokenizer, 'input'>): Packing {
  let start = 0;
  const clips = inputs.map(({ id, input }) => {
    const grid = tokenGrid({ ...tok, input });
    const clip = { id, grid, tokens: volumeOf(grid), start };
    start += clip.tokens;
    return clip;
  });
  return { clips, total: start };
}
