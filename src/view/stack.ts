// Stack view: the clip's frames as planes along the time axis.
import {
  Color,
  DoubleSide,
  InstancedBufferGeometry,
  Mesh,
  PlaneGeometry,
  ShaderMaterial,
  type Texture,
  Vector3,
} from 'three';
import { MAX_STACK_PLANES } from '../config';
import { STACK_FRAGMENT, STACK_VERTEX } from './glsl/stack';
import type { SceneInput } from './scene-input';
import { setVolumeUniforms, volumeUniforms } from './uniforms';
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
      ...volumeUniforms(),
      uPlanes: { value: 1 },
      uFlip: { value: 1 },
      uGapZ: { value: 0 },
      uExplode: { value: 0 },
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
    const world = setVolumeUniforms(u, input, volume);
    u.uPlanes!.value = planes;
    u.uGapZ!.value = (2.5 * world.z) / Math.max(1, planes);
    u.uExplode!.value = input.explode;
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
