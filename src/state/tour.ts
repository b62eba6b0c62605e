// The guided tour: short steps, each a view anyone can link to with step=<id>. A step sets only the
// params it names; everything else keeps its default, and explicit keys in a link override the step.
import type { Params } from './params';

export interface TourStep {
  readonly id: string;
  readonly params: Partial<Params>;
}

export const TOUR: readonly TourStep[] = [
  { id: 'frames', params: { view: 'stack', explode: 1 } },
  { id: 'stack', params: { view: 'stack', explode: 0.1 } },
  { id: 'cubes', params: { view: 'cubes', vae: { t: 1, h: 1, w: 1 }, patch: { t: 8, h: 40, w: 40 }, explode: 0.7 } },
  { id: 'latent', params: { view: 'cubes', space: 'latent', explode: 0.15 } },
  { id: 'tokens', params: { view: 'cubes', space: 'latent', patch: { t: 1, h: 4, w: 4 }, explode: 0.8, token: 47 } },
  { id: 'sequence', params: { view: 'sequence', patch: { t: 1, h: 4, w: 4 } } },
  { id: 'noise', params: { view: 'cubes', patch: { t: 1, h: 4, w: 4 }, explode: 0.5, noise: 0.75 } },
  { id: 'packing', params: { view: 'sequence', patch: { t: 1, h: 4, w: 4 }, pack: true } },
];

export function findStep(id: string | null): TourStep | undefined {
  return id === null ? undefined : TOUR.find((step) => step.id === id);
}
