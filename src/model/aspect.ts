// Native sizes: the same pixel area in other shapes, as Sora trains at native aspect ratios.
import type { Dims } from './grid';

export interface Aspect {
  readonly label: string;
  readonly w: number;
  readonly h: number;
}

export const ASPECTS: readonly Aspect[] = [
  { label: '16:9', w: 16, h: 9 },
  { label: '9:16', w: 9, h: 16 },
  { label: '1:1', w: 1, h: 1 },
  { label: '4:3', w: 4, h: 3 },
  { label: '21:9', w: 21, h: 9 },
];

/** A size of about `areaPx` pixels in this aspect, each side a multiple of `multiplePx` (at least one). */
export function sizeForAspect(aspect: Aspect, areaPx: number, multiplePx: number): Pick<Dims, 'h' | 'w'> {
  if (!(areaPx >= 1) || !(multiplePx >= 1)) throw new Error(`invalid area or multiple: ${areaPx}, ${multiplePx}`);
  const round = (n: number) => Math.max(multiplePx, Math.round(n / multiplePx) * multiplePx);
  const w = Math.sqrt((areaPx * aspect.w) / aspect.h);
  return { w: round(w), h: round(areaPx / w) };
}
