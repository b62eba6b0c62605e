// The uniforms every volume part shares (see glsl/common.ts), made and updated in one place. Each part's
// uniforms are a typed object: a name the shader reads is a field here, so a typo is a type error.
import { type IUniform, type Texture, Vector2, Vector3 } from 'three';
import { worldSize } from './layout';
import type { SceneInput } from './scene-input';
import type { VolumeOnScreen } from './volume';

export type VolumeUniforms = {
  uInput: IUniform<Vector3>;
  uWorld: IUniform<Vector3>;
  uGrid: IUniform<Vector3>;
  uTokPx: IUniform<Vector2>;
  uStrideT: IUniform<number>;
  uPatchT: IUniform<number>;
  uCausal: IUniform<number>;
  uExplode: IUniform<number>;
  uVolume: IUniform<Texture | null>;
  uVolumeFrames: IUniform<number>;
  uFramesPresent: IUniform<number>;
  uNoise: IUniform<number>;
  uSeed: IUniform<number>;
  uStride: IUniform<Vector3>;
  uLatent: IUniform<number>;
};

const NOISE_SEED = 20240215; // fixed, so a link with noise= shows the same ε everywhere

export function volumeUniforms(): VolumeUniforms {
  return {
    uInput: { value: new Vector3(1, 1, 1) },
    uWorld: { value: new Vector3(1, 1, 1) },
    uGrid: { value: new Vector3(1, 1, 1) },
    uTokPx: { value: new Vector2(1, 1) },
    uStrideT: { value: 1 },
    uPatchT: { value: 1 },
    uCausal: { value: 0 },
    uExplode: { value: 0 },
    uVolume: { value: null },
    uVolumeFrames: { value: 1 },
    uFramesPresent: { value: 1 },
    uNoise: { value: 0 },
    uSeed: { value: NOISE_SEED },
    uStride: { value: new Vector3(1, 1, 1) },
    uLatent: { value: 0 },
  };
}

/** Sets the shared uniforms; returns the world size of the input (the uWorld vector itself). */
export function setVolumeUniforms(u: VolumeUniforms, input: SceneInput, volume: VolumeOnScreen | null): Vector3 {
  const { tok, grid } = input;
  u.uInput.value.set(tok.input.t, tok.input.h, tok.input.w);
  u.uGrid.value.set(grid.t, grid.h, grid.w);
  u.uTokPx.value.set(tok.vae.h * tok.patch.h, tok.vae.w * tok.patch.w);
  u.uStride.value.set(tok.vae.t, tok.vae.h, tok.vae.w);
  u.uStrideT.value = tok.vae.t;
  u.uPatchT.value = tok.patch.t;
  u.uCausal.value = tok.causal ? 1 : 0;
  u.uVolume.value = volume?.texture ?? null;
  u.uVolumeFrames.value = volume?.frames ?? 1;
  u.uFramesPresent.value = volume?.present ?? 1;
  u.uExplode.value = input.explode;
  u.uNoise.value = input.noise;
  u.uLatent.value = input.latent;
  return worldSize(tok.input, u.uWorld.value);
}
