// The forward diffusion step on pixels, as the 3D view draws it (src/view/glsl/common.ts):
// x_t = √ᾱ·x₀ + √(1−ᾱ)·ε in [-1, 1], with ᾱ = cos²(noise·π/2) and ε a fixed Gaussian sample per pixel.

/** ᾱ ("alpha bar") for a noise level in [0, 1]: 1 is the clean video, 0 pure noise. */
export function alphaBar(noise: number): number {
  return Math.cos((Math.min(1, Math.max(0, noise)) * Math.PI) / 2) ** 2;
}

/** A fixed uniform number in (0, 1) for integer i. */
function uniform(i: number): number {
  let h = Math.imul(i + 0x6d2b79f5, 0x9e3779b1);
  h = Math.imul(h ^ (h >>> 15), 0x85ebca6b);
  h ^= h >>> 13;
  return ((h >>> 0) + 0.5) / 4294967296;
}

/** A fixed standard Gaussian sample for integer i (Box–Muller). */
export function gaussian(i: number): number {
  return Math.sqrt(-2 * Math.log(uniform(2 * i))) * Math.cos(2 * Math.PI * uniform(2 * i + 1));
}

/** RGBA pixels with noise mixed in; alpha is kept (see-through padding stays see-through). */
export function noisyRgba(rgba: Uint8ClampedArray, noise: number, seed = 0): Uint8ClampedArray {
  if (noise <= 0) return rgba;
  const a = alphaBar(noise);
  const [keep, mix] = [Math.sqrt(a), Math.sqrt(1 - a)];
  const out = new Uint8ClampedArray(rgba.length);
  for (let i = 0; i < rgba.length; i++) {
    if (i % 4 === 3) {
      out[i] = rgba[i]!;
      continue;
    }
    const x0 = (rgba[i]! / 255) * 2 - 1;
    out[i] = Math.round(((keep * x0 + mix * gaussian(seed + i)) * 0.5 + 0.5) * 255);
  }
  return out;
}
