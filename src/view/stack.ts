// Stack view: the clip's frames as planes along the time axis.
import { Color, DoubleSide, InstancedBufferGeometry, Mesh, PlaneGeometry, ShaderMaterial, type Texture, Vector2, Vector3 } from 'three';
import { MAX_STACK_PLANES } from '../config';
import { STACK_FRAGMENT, STACK_VERTEX } from './glsl/stack';
import { worldSize } from './layout';
import type { SceneInput } from './scene-input';
import { COLOURS } from './theme';

export interface StackPart {
  readonly object: Mesh;
  update(input: SceneInput, volume: Texture | null): void;
  dispose(): void;
}

const _camera = new Vector3();

export function createStack(): StackPart {
  const plane = new PlaneGeometry(1, 1);
  const geometry = new InstancedBufferGeometry();
  geometry.index = plane.index;
  geometry.setAttribute('position', plane.getAttribute('position'));
  const material = new ShaderMaterial({
    vertexShader: STACK_VERTEX,
    fragmentShader: STACK_FRAGMENT,
    transparent: true,
    depthWrite: false,
    side: DoubleSide,
    uniforms: {
      uInput: { value: new Vector3() },
      uWorld: { value: new Vector3() },
      uGrid: { value: new Vector3(1, 1, 1) },
      uTokPx: { value: new Vector2(1, 1) },
      uStrideT: { value: 1 },
      uPatchT: { value: 1 },
      uCausal: { value: 0 },
      uPlanes: { value: 1 },
      uFlip: { value: 1 },
      uGapZ: { value: 0 },
      uExplode: { value: 0 },
      uVolume: { value: null },
      uNoise: { value: 0 },
      uSeed: { value: 20240215 },
      uStride: { value: new Vector3(1, 1, 1) },
      uLatent: { value: 0 },
      uEdgeColor: { value: new Color(COLOURS.frameEdge) },
    },
  });
  const mesh = new Mesh(geometry, material);
  mesh.frustumCulled = false;
  // Planes are sorted by drawing order alone: back to front for wherever the camera is.
  mesh.onBeforeRender = (_renderer, _scene, camera) => {
    mesh.worldToLocal(_camera.copy(camera.position));
    material.uniforms.uFlip!.value = _camera.z > 0 ? 1 : 0;
  };

  function update(input: SceneInput, volume: Texture | null): void {
    const { tok } = input;
    const u = material.uniforms;
    const planes = Math.min(tok.input.t, MAX_STACK_PLANES);
    u.uInput!.value.set(tok.input.t, tok.input.h, tok.input.w);
    u.uStrideT!.value = tok.vae.t;
    u.uCausal!.value = tok.causal ? 1 : 0;
    const world = worldSize(tok.input, u.uWorld!.value as Vector3);
    u.uPlanes!.value = planes;
    u.uGapZ!.value = (2.5 * world.z) / Math.max(1, planes);
    u.uExplode!.value = input.explode;
    u.uVolume!.value = volume;
    u.uNoise!.value = input.noise;
    u.uStride!.value.set(tok.vae.t, tok.vae.h, tok.vae.w);
    u.uLatent!.value = input.latent;
    geometry.instanceCount = planes;
    mesh.visible = input.view === 'stack' && volume !== null;
  }

  return {
    object: mesh,
    update,
    dispose() {
      plane.dispose();
      geometry.dispose();
      material.dispose();
    },
  };
}
