// A good first token: where the clip has detail, on what moves, rather than a flat corner. The search runs on a
// coarse grid of the decoded volume, so its cost does not grow with the token count.
import type { VolumeShape } from './budget';
import { type Dims, type Tokenizer, tokenGrid } from './grid';
import type { TokenPos } from './sequence';

type Volume = VolumeShape & { readonly rgba: Uint8Array };

/** A point of the nominal input: frame, row, column. */
export interface Point {
  readonly f: number;
  readonly y: number;
  readonly x: number;
}

const CELLS = 24; // cells per side of the coarse grid

function luma(volume: Volume, f: number, y: number, x: number): number {
  const i = ((f * volume.heightPx + y) * volume.widthPx + x) * 4;
  return 0.299 * volume.rgba[i]! + 0.587 * volume.rgba[i + 1]! + 0.114 * volume.rgba[i + 2]!;
}

/**
 * The nominal point with the most detail: for each cell of a coarse grid over each frame, the change from the
 * frame before (motion) plus the spread of its brightness (texture), sampled at 4×4 points. Ties go to the first.
 */
export function detailPoint(volume: Volume, input: Dims): Point {
  const { frames, heightPx: h, widthPx: w } = volume;
  const [cy, cx] = [Math.min(CELLS, h), Math.min(CELLS, w)];
  let best = { score: -1, f: 0, y: 0, x: 0 };
  for (let f = 0; f < frames; f++)
    for (let j = 0; j < cy; j++)
      for (let i = 0; i < cx; i++) {
        let [sum, sumSq, motion] = [0, 0, 0];
        for (let b = 0; b < 4; b++)
          for (let a = 0; a < 4; a++) {
            const y = Math.floor(((j + (b + 0.5) / 4) * h) / cy);
            const x = Math.floor(((i + (a + 0.5) / 4) * w) / cx);
            const v = luma(volume, f, y, x);
            [sum, sumSq] = [sum + v, sumSq + v * v];
            if (f > 0) motion += Math.abs(v - luma(volume, f - 1, y, x));
          }
        const score = motion / 16 + Math.sqrt(Math.max(0, sumSq / 16 - (sum / 16) ** 2));
        if (score > best.score) best = { score, f, y: j, x: i };
      }
  return {
    f: Math.min(input.t - 1, Math.floor(((best.f + 0.5) * input.t) / frames)),
    y: Math.min(input.h - 1, Math.floor(((best.y + 0.5) * input.h) / cy)),
    x: Math.min(input.w - 1, Math.floor(((best.x + 0.5) * input.w) / cx)),
  };
}

/** The token that holds a nominal point (clamped into the grid). */
export function tokenAtPoint(tok: Tokenizer, p: Point): TokenPos {
  const grid = tokenGrid(tok);
  const st = tok.vae.t;
  const latentT = tok.causal ? (p.f === 0 ? 0 : 1 + Math.floor((p.f - 1) / st)) : Math.floor(p.f / st);
  const clamp = (n: number, size: number) => Math.max(0, Math.min(size - 1, n));
  return {
    t: clamp(Math.floor(latentT / tok.patch.t), grid.t),
    y: clamp(Math.floor(p.y / (tok.vae.h * tok.patch.h)), grid.h),
    x: clamp(Math.floor(p.x / (tok.vae.w * tok.patch.w)), grid.w),
  };
}
