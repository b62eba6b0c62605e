// What every volume part is made of: one instanced draw of a unit shape, placed and coloured by its shader
// from the instance id, so a change of layout changes uniforms, never a buffer.
import { type BufferGeometry, DoubleSide, type IUniform, InstancedBufferGeometry, Mesh, ShaderMaterial } from 'three';
import type { SceneInput } from './scene-input';
import type { VolumeOnScreen } from './volume';

/** A part of the 3D view drawn from the volume: cubes, stack. */
export interface VolumePart {
  readonly object: Mesh;
  update(input: SceneInput, volume: VolumeOnScreen | null): void;
  dispose(): void;
}

export interface InstancedShader<U> {
  readonly vertexShader: string;
  readonly fragmentShader: string;
  readonly uniforms: U;
  /** Blended over what is behind, from both sides, without hiding it from later draws. */
  readonly translucent?: boolean;
}

export interface InstancedDraw {
  readonly geometry: InstancedBufferGeometry;
  readonly mesh: Mesh;
  dispose(): void;
}

export function createInstancedDraw<U extends Record<string, IUniform>>(
  shape: BufferGeometry,
  shader: InstancedShader<U>,
): InstancedDraw {
  const geometry = new InstancedBufferGeometry();
  geometry.index = shape.index;
  for (const name of ['position', 'normal'])
    if (shape.hasAttribute(name)) geometry.setAttribute(name, shape.getAttribute(name));
  geometry.instanceCount = 0;
  const { vertexShader, fragmentShader, uniforms, translucent = false } = shader;
  const material = new ShaderMaterial({ vertexShader, fragmentShader, uniforms });
  if (translucent) {
    material.transparent = true;
    material.depthWrite = false;
    material.side = DoubleSide;
  }
  const mesh = new Mesh(geometry, material);
  mesh.frustumCulled = false; // the geometry's bounds are one unit shape; the instances are placed in the shader
  return {
    geometry,
    mesh,
    dispose() {
      shape.dispose();
      geometry.dispose();
      material.dispose();
    },
  };
}
