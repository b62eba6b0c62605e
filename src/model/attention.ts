// What N tokens cost one transformer layer (forward), exactly. N² outgrows 2^53 at about 95 million tokens and
// the FLOP counts far sooner, so every count is a BigInt. 1 multiply-add = 2 FLOPs; vision papers often print
// multiply-adds as "FLOPs", half these numbers.
//
// Per layer, with d the model width (the papers' own derivations):
//   linear layers     24·N·d²   (QKV and output projections 8·N·d², a 4×-wide MLP 16·N·d²). The issue text
//                               writes 24·N·d; that drops a factor of d, since each projection is a d×d matrix.
//   full attention    4·N²·d    (Q·Kᵀ and the weighted sum of V, 2·N²·d each). It passes the linear layers once N > 6d.
//   factorised        4·N·d·(S + T′): spatial within each of T′ frames of S tokens, then temporal across T′ frames;
//                     (S + T′)/(S·T′) of full attention when N = S·T′.
//   score matrix      heads·N²·2 bytes (bf16) if materialised, which is why models use memory-efficient kernels.

import { assertCount } from './grid';

export interface AttentionInput {
  readonly tokens: number; // N: the tokens in the self-attention sequence
  readonly modelWidth: number; // d
  readonly heads: number;
  readonly framesT: number; // T′: token frames, for factorised attention
  readonly tokensPerFrame: number; // S = H′·W′
}

export interface AttentionCost {
  readonly pairs: bigint; // N²
  readonly attentionFlops: bigint; // 4·N²·d
  readonly linearFlops: bigint; // 24·N·d²
  readonly factorisedFlops: bigint; // 4·N·d·(S + T′)
  readonly factorisedRatio: number; // (S + T′)/(S·T′); 0 when there are no tokens
  readonly scoreMatrixBytes: bigint; // heads·N²·2
}

export const SCORE_BYTES = 2n; // bf16

export function attentionCost(input: AttentionInput): AttentionCost {
  const { tokens, modelWidth, heads, framesT, tokensPerFrame } = input;
  assertCount(tokens, 'tokens', 0);
  assertCount(modelWidth, 'model width', 1);
  assertCount(heads, 'heads', 1);
  assertCount(framesT, 'frames T′', 0);
  assertCount(tokensPerFrame, 'tokens per frame', 0);
  const n = BigInt(tokens);
  const d = BigInt(modelWidth);
  const pairs = n * n;
  const perFrameAndAcross = framesT * tokensPerFrame;
  return {
    pairs,
    attentionFlops: 4n * pairs * d,
    linearFlops: 24n * n * d * d,
    factorisedFlops: 4n * n * d * BigInt(tokensPerFrame + framesT),
    factorisedRatio: perFrameAndAcross === 0 ? 0 : (tokensPerFrame + framesT) / perFrameAndAcross,
    scoreMatrixBytes: BigInt(heads) * pairs * SCORE_BYTES,
  };
}

const PREFIXES = ['', 'k', 'M', 'G', 'T', 'P', 'E', 'Z', 'Y', 'R', 'Q'];

/** Three significant digits with a decimal (SI) prefix: 677445120000n, 'B' → "677 GB"; 1.2e15 FLOPs → "1.2 PFLOPs". */
export function formatBig(n: bigint, unit = ''): string {
  if (n < 0n) return `-${formatBig(-n, unit)}`;
  const digits = n.toString().length;
  if (digits <= 3) return `${n} ${unit}`.trimEnd();
  let shift = digits - 3;
  let q = (n + 5n * 10n ** BigInt(shift - 1)) / 10n ** BigInt(shift); // round half up to 3 digits
  if (q === 1000n) [q, shift] = [100n, shift + 1];
  const magnitude = shift + 2; // power of ten of the leading digit
  const group = Math.floor(magnitude / 3);
  const s = q.toString();
  const prefix = PREFIXES[group];
  const intDigits = prefix === undefined ? 1 : magnitude - 3 * group + 1; // past Q: scientific notation
  const frac = s.slice(intDigits).replace(/0+$/, '');
  const mantissa = `${s.slice(0, intDigits)}${frac ? `.${frac}` : ''}`;
  return (prefix === undefined ? `${mantissa}e${magnitude} ${unit}` : `${mantissa} ${prefix}${unit}`).trimEnd();
}

/** Every digit, with thousands separators: 26843545600000n → "26,843,545,600,000". */
export function formatExact(n: bigint): string {
  const sign = n < 0n ? '-' : '';
  const abs = (n < 0n ? -n : n).toString();
  return sign + abs.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}
