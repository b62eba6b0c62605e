import { describe, expect, it } from 'vitest';
import { defaultParams } from '../../src/state/params';
import { STEP_LINES, TOUR } from '../../src/state/tour';
import { changeBetween, tourChange } from '../../src/state/tour-change';
import { changeLine } from '../../src/ui/tour';
import { EN } from '../../src/ui/strings';

const CLIP = { t: 49, h: 360, w: 640 }; // the bundled landscape clip

describe('the tour’s one thread', () => {
  it('follows Sora’s order: pixels → latent voxels (the count falls) → 1×2×2 cubes → rows → attention', () => {
    expect(TOUR.map((step) => step.id)).toEqual([
      'frames',
      'stack',
      'latent',
      'cubes',
      'tokens',
      'sequence',
      'attention',
      'windows',
      'noise',
      'packing',
    ]);
    const counts = TOUR.map((step) => tourChange(step.id, CLIP)!.after);
    expect(counts).toEqual([11_289_600, 11_289_600, 46_800, 11_960, 11_960, 11_960, 11_960, 11_960, 11_960, 11_960]);
  });

  it('names what changed at each step where the numbers change', () => {
    const kinds = Object.fromEntries(TOUR.map((step) => [step.id, tourChange(step.id, CLIP)!.kind]));
    expect(kinds).toEqual({
      frames: 'start',
      stack: 'none',
      latent: 'vae',
      cubes: 'patch',
      tokens: 'values',
      sequence: 'none',
      attention: 'attn', // full attention is the default, but the step is about it
      windows: 'attn',
      noise: 'noise',
      packing: 'pack',
    });
    for (const step of TOUR) {
      const change = tourChange(step.id, CLIP)!;
      if (change.before !== null && change.before !== change.after) expect(change.kind).not.toBe('none');
    }
  });

  it('makes the compression visible in the count: 11,289,600 pixels → 46,800 latent voxels of 16 channels', () => {
    const change = tourChange('latent', CLIP)!;
    expect(change).toMatchObject({ kind: 'vae', before: 11_289_600, after: 46_800, valuesBefore: 3, valuesAfter: 16 });
    expect(change.latent).toEqual({ t: 13, h: 45, w: 80 });
    expect(change.vae).toEqual({ t: 4, h: 8, w: 8 });
    expect(change.patch).toEqual({ t: 1, h: 1, w: 1 });
    expect(changeLine(change)).toBe('autoencoder, 4×8×8 pixels → 1 voxel: 11,289,600 → 46,800 tokens (241× fewer)');
  });

  it('cuts the latent into 1×2×2 cubes: 13×45×80 → 13×23×40 = 11,960', () => {
    const change = tourChange('cubes', CLIP)!;
    expect(change).toMatchObject({ kind: 'patch', before: 46_800, after: 11_960, valuesAfter: 64 });
    expect(change.grid).toEqual({ t: 13, h: 23, w: 40 });
    expect(change.pixels).toBe(false);
    expect(changeLine(change)).toBe('patches of 1×2×2 latent voxels: 46,800 → 11,960 tokens (3.9× fewer)');
  });

  it('flattens each cube into a row of C·pt·ph·pw = 16·1·2·2 = 64 numbers, the count unchanged', () => {
    const change = tourChange('tokens', CLIP)!;
    expect(change).toMatchObject({ kind: 'values', before: 11_960, after: 11_960, valuesAfter: 64 });
    expect(changeLine(change)).toBe('each cube → one row of 64 numbers; still 11,960 tokens');
  });

  it('counts full attention, N² pairs, then 3×7×7 windows: 147 keys, 1.2 % of the pairs', () => {
    const full = tourChange('attention', CLIP)!.attention;
    expect(full).toMatchObject({ keys: 11_960, pairs: 11_960n * 11_960n, full: 143_041_600n, ratio: 1 });
    const windows = tourChange('windows', CLIP)!;
    expect(windows.attention).toMatchObject({ keys: 147, pairs: 11_960n * 147n });
    expect(windows.attention.ratio).toBeCloseTo(147 / 11_960, 12);
    expect(changeLine(windows)).toBe(
      'window 3×7×7 attention: each token looks at 147 tokens: 1,758,120 pairs per layer, 1.2% of full attention',
    );
    // A token at the corner sees as many keys: the window slides inward.
    const corner = changeBetween(null, { ...defaultParams(), ...TOUR[7]!.params, token: 0 }, CLIP);
    expect(corner.attention.keys).toBe(147);
    expect(changeLine(tourChange('attention', CLIP)!)).toBe(
      'full attention: each of 11,960 tokens looks at all 11,960: 143,041,600 pairs per layer',
    );
    // The noise step goes back to full attention, but its line is about the noise.
    expect(tourChange('noise', CLIP)!.attention.spec.pattern).toBe('full');
    expect(changeLine(tourChange('noise', CLIP)!)).toBe('noise mixed into every token; still 11,960 tokens');
  });

  it('packs the three bundled clips, each at its own size: 11,960 + 11,960 + 11,700 = 35,620 tokens', () => {
    const change = tourChange('packing', CLIP)!;
    expect(change.packed).toEqual({ clips: 3, total: 11_960 + 11_960 + 13 * 30 * 30 });
    expect(changeLine(change)).toBe('3 clips, each at its own size, packed into one sequence: 35,620 tokens');
  });

  it('says what changed, with both counts, whenever the count changes (every step’s line)', () => {
    for (const step of TOUR) {
      const change = tourChange(step.id, CLIP)!;
      const line = changeLine(change);
      if (change.before !== null && change.before !== change.after)
        expect(line).toContain(`${change.before.toLocaleString('en-US')} → ${change.after.toLocaleString('en-US')}`);
      expect(EN.tour.captions[step.id as keyof typeof EN.tour.captions]).toBeTypeOf('function');
      expect(STEP_LINES[step.id]?.length).toBeGreaterThan(0);
    }
  });

  it('follows the clip’s shape', () => {
    expect(tourChange('cubes', { t: 17, h: 180, w: 320 })!.after).toBe(5 * 12 * 20);
    expect(tourChange('latent', { t: 17, h: 180, w: 320 })!.after).toBe(5 * 23 * 40);
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
