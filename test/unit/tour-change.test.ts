import { describe, expect, it } from 'vitest';
import { defaultParams } from '../../src/state/params';
import { TOUR } from '../../src/state/tour';
import { changeBetween, tourChange } from '../../src/state/tour-change';

const CLIP = { t: 49, h: 360, w: 640 }; // the bundled landscape clip

describe('the tour’s one thread', () => {
  it('goes pixels → 4×8×8 cubes → latent voxels → 1×2×2 tokens: 11,289,600 → 46,800 → 46,800 → 11,960', () => {
    const counts = TOUR.map((step) => tourChange(step.id, CLIP)!.after);
    expect(counts).toEqual([11_289_600, 11_289_600, 46_800, 46_800, 11_960, 11_960, 11_960, 11_960]);
  });

  it('names what changed at each step where the numbers change', () => {
    const kinds = Object.fromEntries(TOUR.map((step) => [step.id, tourChange(step.id, CLIP)!.kind]));
    expect(kinds).toEqual({
      frames: 'start',
      stack: 'none',
      cubes: 'patch',
      latent: 'vae',
      tokens: 'patch',
      sequence: 'none',
      noise: 'none',
      packing: 'none',
    });
    for (const step of TOUR) {
      const change = tourChange(step.id, CLIP)!;
      if (change.before !== null && change.before !== change.after) expect(change.kind).not.toBe('none');
    }
  });

  it('shows the compression in the numbers per token: 768 → 16 at the latent step', () => {
    const change = tourChange('latent', CLIP)!;
    expect(change).toMatchObject({ before: 46_800, after: 46_800, valuesBefore: 768, valuesAfter: 16 });
    expect(change.latent).toEqual({ t: 13, h: 45, w: 80 });
  });

  it('gives the final grid 13×23×40 from the 13×45×80 latent', () => {
    const change = tourChange('tokens', CLIP)!;
    expect(change).toMatchObject({ before: 46_800, after: 11_960, valuesAfter: 64 });
    expect(change.grid).toEqual({ t: 13, h: 23, w: 40 });
    expect(change.pixels).toBe(false);
  });

  it('follows the clip’s shape', () => {
    expect(tourChange('tokens', { t: 17, h: 180, w: 320 })!.after).toBe(5 * 12 * 20);
  });

  it('changes one thing per step: each step’s params are the last step’s plus its change', () => {
    for (const [i, step] of TOUR.entries())
      expect(step.params).toEqual({ ...(TOUR[i - 1]?.params ?? {}), ...step.change });
  });

  it('knows no unknown step, and compares any two sets of params', () => {
    expect(tourChange('nope', CLIP)).toBeNull();
    const base = defaultParams();
    const change = changeBetween(base, { ...base, patch: { t: 1, h: 4, w: 4 } }, CLIP);
    expect(change).toMatchObject({ kind: 'patch', before: 11_960, after: 3_120 });
  });
});
