// The uniforms every volume part shares (see glsl/common.ts), made and updated in one place.
import { type IUniform, type Texture, Vector2, Vector3 } from 'three';
import { worldSize } from './layout';
import type { SceneInput } from './scene-input';

export type Uniforms = Record<string, IUniform>;

const NOISE_SEED = 20240215; // fixed, so a link with noise= shows the same ε everywhere

export function volumeUniforms(): Uniforms {
  return {
    uInput: { value: new Vector3(1, 1, 1) },
    uWorld: { value: new Vector3(1, 1, 1) },
    uGrid: { value: new Vector3(1, 1, 1) },
    uTokPx: { value: new Vector2(1, 1) },
    uStrideT: { value: 1 },
    uPatchT: { value: 1 },
    uCausal: { value: 0 },
    uVolume: { value: null },
    uNoise: { value: 0 },
    uSeed: { value: NOISE_SEED },
    uStride: { value: new Vector3(1, 1, 1) },
    uLatent: { value: 0 },
  };
}

/** Sets the shared uniforms; returns the world size of the input (the uWorld vector itself). */
export function setVolumeUniforms(u: Uniforms, input: SceneInput, volume: Texture | null): Vector3 {
  const { tok, grid } = input;
  (u.uInput!.value as Vector3).set(tok.input.t, tok.input.h, tok.input.w);
  (u.uGrid!.value as Vector3).set(grid.t, grid.h, grid.w);
  (u.uTokPx!.value as Vector2).set(tok.vae.h * tok.patch.h, tok.vae.w * tok.patch.w);
  (u.uStride!.value as Vector3).set(tok.vae.t, tok.vae.h, tok.vae.w);
  u.uStrideT!.value = tok.vae.t;
  u.uPatchT!.value = tok.patch.t;
  u.uCausal!.value = tok.causal ? 1 : 0;
  u.uVolume!.value = volume;
  u.uNoise!.value = input.noise;
  u.uLatent!.value = input.latent;
  return worldSize(tok.input, u.uWorld!.value as Vector3);
}
