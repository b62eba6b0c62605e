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
 * The thread, for the default clip (49 frames of 640×360), in Sora's own order ("we turn videos into patches by
 * first compressing videos into a lower-dimensional latent space, and subsequently decomposing the representation
 * into spacetime patches", OpenAI, "Video generation models as world simulators", 2024): every pixel (11,289,600)
 * → the autoencoder turns each 4×8×8 block of pixels into one latent voxel of 16 channels (13×45×80 = 46,800, the
 * count falls ~241×) → the latent is cut into cubes of 1×2×2 voxels (13×23×40 = 11,960) → each cube flattened into
 * a row of 64 numbers (still 11,960) → their order → who each token looks at (full, then windows) → noise →
 * packing. Ids are links (step=cubes, step=latent…): each id keeps its concept, whatever its place.
 */
const CHANGES: readonly Pick<TourStep, 'id' | 'change'>[] = [
  { id: 'frames', change: { view: 'stack', explode: 1, vae: PIXELS, patch: PIXELS } },
  { id: 'stack', change: { explode: 0.1 } },
  { id: 'latent', change: { view: 'cubes', vae: { t: 4, h: 8, w: 8 }, space: 'latent', explode: 0.15 } },
  { id: 'cubes', change: { patch: { t: 1, h: 2, w: 2 }, explode: 0.5 } },
  { id: 'tokens', change: { explode: 0.8 } },
  { id: 'sequence', change: { view: 'sequence' } },
  { id: 'attention', change: { view: 'cubes', explode: 0.5, attn: 'full' } },
  { id: 'windows', change: { attn: 'window', window: { t: 3, h: 7, w: 7 } } },
  { id: 'noise', change: { attn: 'full', noise: 0.75 } },
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
  latent: ['input', 'latent', 'compression'],
  cubes: ['latent', 'grid', 'leftovers'],
  tokens: ['grid', 'perToken', 'covers'],
  sequence: ['grid'],
  // The attention steps' numbers (keys, pairs, share of full attention) are the attention section's own, which
  // the tour never hides; the readout keeps only the token count they are about.
  attention: ['grid'],
  windows: ['grid'],
  noise: ['noise'],
  packing: ['grid'],
};

export function findStep(id: string | null): TourStep | undefined {
  return id === null ? undefined : TOUR.find((step) => step.id === id);
}
