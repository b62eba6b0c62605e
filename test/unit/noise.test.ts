import { describe, expect, it } from 'vitest';
import { alphaBar, gaussian, noisyRgba } from '../../src/model/noise';

describe('noise on the pixel strip', () => {
  it('follows the cosine schedule: ᾱ is 1 when clean, ½ at 0.5, 0 at pure noise', () => {
    expect(alphaBar(0)).toBe(1);
    expect(alphaBar(0.5)).toBeCloseTo(0.5);
    expect(alphaBar(1)).toBeCloseTo(0);
  });

  it('draws fixed Gaussian samples with mean ≈ 0 and variance ≈ 1', () => {
    const xs = Array.from({ length: 20000 }, (_, i) => gaussian(i));
    const mean = xs.reduce((s, x) => s + x, 0) / xs.length;
    const variance = xs.reduce((s, x) => s + (x - mean) ** 2, 0) / xs.length;
    expect(Math.abs(mean)).toBeLessThan(0.05);
    expect(variance).toBeCloseTo(1, 1);
    expect(gaussian(7)).toBe(gaussian(7));
  });

  it('leaves clean pixels alone, keeps alpha, and moves pixels further the more noise there is', () => {
    const grey = new Uint8ClampedArray(4000).map((_, i) => (i % 4 === 3 ? 0 : 128));
    expect(noisyRgba(grey, 0)).toBe(grey);
    const spread = (noise: number) => {
      const out = noisyRgba(grey, noise);
      let sum = 0;
      for (let i = 0; i < out.length; i++) if (i % 4 !== 3) sum += Math.abs(out[i]! - 128);
      expect(out.filter((_, i) => i % 4 === 3).every((v) => v === 0)).toBe(true);
      return sum;
    };
    expect(spread(0.3)).toBeLessThan(spread(0.75));
  });
});
