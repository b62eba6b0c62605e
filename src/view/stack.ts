// Stack view: the clip's frames as planes along the time axis.
import { Color, type IUniform, PlaneGeometry, Vector3 } from 'three';
import { MAX_STACK_PLANES } from '../config';
import { STACK_FRAGMENT, STACK_VERTEX } from './glsl/stack';
import { createInstancedDraw, type VolumePart } from './instanced';
import type { SceneInput } from './scene-input';
import { setVolumeUniforms, type VolumeUniforms, volumeUniforms } from './uniforms';
import type { VolumeOnScreen } from './volume';
import { COLOURS } from './theme';

type StackUniforms = VolumeUniforms & {
  uPlanes: IUniform<number>;
  uFlip: IUniform<number>;
  uGapZ: IUniform<number>;
  uEdgeColor: IUniform<Color>;
};

const _camera = new Vector3();

export function createStack(): VolumePart {
  const u: StackUniforms = {
    ...volumeUniforms(),
    uPlanes: { value: 1 },
    uFlip: { value: 1 },
    uGapZ: { value: 0 },
    uEdgeColor: { value: new Color(COLOURS.frameEdge) },
  };
  const draw = createInstancedDraw(new PlaneGeometry(1, 1), {
    vertexShader: STACK_VERTEX,
    fragmentShader: STACK_FRAGMENT,
    uniforms: u,
    translucent: true,
  });
  const { geometry, mesh } = draw;
  // Planes are sorted by drawing order alone: back to front for wherever the camera is.
  mesh.onBeforeRender = (_renderer, _scene, camera) => {
    mesh.worldToLocal(_camera.copy(camera.position));
    u.uFlip.value = _camera.z > 0 ? 1 : 0;
  };

  function update(input: SceneInput, volume: VolumeOnScreen | null): void {
    const { tok } = input;
    const planes = Math.min(tok.input.t, MAX_STACK_PLANES);
    const world = setVolumeUniforms(u, input, volume);
    u.uPlanes.value = planes;
    u.uGapZ.value = (2.5 * world.z) / Math.max(1, planes);
    geometry.instanceCount = planes;
    mesh.visible = input.view === 'stack' && volume !== null;
  }

  return {
    object: mesh,
    update,
    dispose: draw.dispose,
  };
}
