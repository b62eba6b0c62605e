// The readout's "why": each stage's division written out with the numbers of the current state.
import { type Dims, type Fit, type Tokenizer, formatDims, latentShape, tokenGrid } from '../model/grid';

const OPEN: Record<Fit, string> = { crop: '⌊', pad: '⌈' };
const CLOSE: Record<Fit, string> = { crop: '⌋', pad: '⌉' };

function division(n: string, d: number, fit: Fit, divides: boolean): string {
  if (d === 1) return n;
  return divides ? `${n} / ${d}` : `${OPEN[fit]}${n} / ${d}${CLOSE[fit]}`;
}

/** "T′ = 1 + ⌈(49 − 1) / 4⌉ = 13" style lines for the VAE stage. */
export function latentLines(tok: Tokenizer): string[] {
  const latent = latentShape(tok);
  const { input, vae, fit } = tok;
  const t = tok.causal
    ? `1 + ${division(`(${input.t} − 1)`, vae.t, fit, (input.t - 1) % vae.t === 0)}`
    : division(String(input.t), vae.t, fit, input.t % vae.t === 0);
  return [
    `T′ = ${t} = ${latent.t}`,
    `H′ = ${division(String(input.h), vae.h, fit, input.h % vae.h === 0)} = ${latent.h}`,
    `W′ = ${division(String(input.w), vae.w, fit, input.w % vae.w === 0)} = ${latent.w}`,
  ];
}

/** The patch stage, one factor per axis: "⌈13 / 1⌉ × ⌈45 / 2⌉ × ⌈80 / 2⌉". */
export function gridLine(tok: Tokenizer, latent: Dims): string {
  const g = tokenGrid(tok);
  const p = tok.patch;
  const parts = (['t', 'h', 'w'] as const).map((axis) =>
    division(String(latent[axis]), p[axis], tok.fit, latent[axis] % p[axis] === 0),
  );
  return `${parts.join(' × ')} = ${formatDims(g, ' × ')}`;
}
