// The guided tour: short steps, each a view anyone can link to with step=<id>. The tour keeps one clip and
// changes one thing per step: each step is written as its change to the step before, and its params (what a
// link sets) are those changes added up. Everything else keeps its default; explicit keys in a link win.
import type { Params } from './params';

export interface TourStep {
  readonly id: string;
  /** What this step changes, relative to the step before. */
  readonly change: Partial<Params>;
  /** The values the step sets: every change so far. */
  readonly params: Partial<Params>;
}

const PIXELS = { t: 1, h: 1, w: 1 } as const;

/**
 * The thread, for the default clip (49 frames of 640×360): every pixel (11,289,600) → cubes of 4×8×8 pixels
 * (13×45×80 = 46,800) → the autoencoder turns each cube into one latent voxel (still 46,800, each 16 numbers
 * instead of 768) → tokens of 1×2×2 voxels (13×23×40 = 11,960) → their order → noise → packing.
 */
const CHANGES: readonly Pick<TourStep, 'id' | 'change'>[] = [
  { id: 'frames', change: { view: 'stack', explode: 1, vae: PIXELS, patch: PIXELS } },
  { id: 'stack', change: { explode: 0.1 } },
  { id: 'cubes', change: { view: 'cubes', patch: { t: 4, h: 8, w: 8 }, explode: 0.5 } },
  { id: 'latent', change: { vae: { t: 4, h: 8, w: 8 }, patch: PIXELS, space: 'latent', explode: 0.15 } },
  { id: 'tokens', change: { patch: { t: 1, h: 2, w: 2 }, explode: 0.8 } },
  { id: 'sequence', change: { view: 'sequence' } },
  { id: 'noise', change: { view: 'cubes', explode: 0.5, noise: 0.75 } },
  { id: 'packing', change: { view: 'sequence', noise: 0, pack: true } },
];

export const TOUR: readonly TourStep[] = CHANGES.reduce<TourStep[]>((steps, { id, change }) => {
  const before = steps.at(-1)?.params ?? {};
  return [...steps, { id, change, params: { ...before, ...change } }];
}, []);

/** The readout's lines, by what they are about. */
export type ReadoutLine = 'input' | 'latent' | 'compression' | 'grid' | 'perToken' | 'covers' | 'leftovers' | 'noise';

/** During the tour the readout shows only what the step is about; the rest is one click away. */
export const STEP_LINES: Readonly<Record<string, readonly ReadoutLine[]>> = {
  frames: ['input'],
  stack: ['input'],
  cubes: ['input', 'grid', 'perToken', 'covers', 'leftovers'],
  latent: ['input', 'latent', 'compression'],
  tokens: ['latent', 'grid', 'perToken', 'leftovers'],
  sequence: ['grid'],
  noise: ['noise'],
  packing: ['grid'],
};

export function findStep(id: string | null): TourStep | undefined {
  return id === null ? undefined : TOUR.find((step) => step.id === id);
}
