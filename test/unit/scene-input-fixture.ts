// The default view's scene input (13×23×40 tokens of the 49 × 360 × 640 clip), for the view's unit tests.
import type { SceneInput } from '../../src/view/scene-input';

export const DEFAULT_SCENE: SceneInput = {
  tok: {
    input: { t: 49, h: 360, w: 640 },
    vae: { t: 4, h: 8, w: 8 },
    causal: true,
    patch: { t: 1, h: 2, w: 2 },
    fit: 'pad',
    channels: 16,
  },
  grid: { t: 13, h: 23, w: 40 },
  kept: { t: 49, h: 360, w: 640 },
  view: 'cubes',
  explode: 0.3,
  latent: 0,
  sequence: 0,
  noise: 0,
  selected: { t: 0, y: 1, x: 2 },
  cut: null,
  attention: null,
  text: null,
};
