// Cropped leftovers: up to three slabs (past the kept frames, rows and columns), one instanced draw.
import { BoxGeometry, Color, type IUniform, InstancedBufferAttribute, type Mesh, Vector3 } from 'three';
import { AXES, type Dims } from '../model/grid';
import { GHOST_FRAGMENT, GHOST_VERTEX } from './glsl/ghost';
import { createInstancedDraw } from './instanced';
import type { SceneInput } from './scene-input';
import { setVolumeUniforms, type VolumeUniforms, volumeUniforms } from './uniforms';
import type { VolumeOnScreen } from './volume';
import { COLOURS } from './theme';

export interface GhostPart {
  readonly object: Mesh;
  update(input: SceneInput, blocks: Dims, gap: Vector3, volume: VolumeOnScreen | null): void;
  dispose(): void;
}

type GhostUniforms = VolumeUniforms & {
  uKept: IUniform<Vector3>;
  uBlocks: IUniform<Vector3>;
  uGap: IUniform<Vector3>;
  uDropColor: IUniform<Color>;
};

export function createGhost(): GhostPart {
  const mins = new InstancedBufferAttribute(new Float32Array(9), 3);
  const maxs = new InstancedBufferAttribute(new Float32Array(9), 3);
  const u: GhostUniforms = {
    ...volumeUniforms(),
    uKept: { value: new Vector3() },
    uBlocks: { value: new Vector3() },
    uGap: { value: new Vector3() },
    uDropColor: { value: new Color(COLOURS.dropped) },
  };
  const draw = createInstancedDraw(new BoxGeometry(1, 1, 1), {
    vertexShader: GHOST_VERTEX,
    fragmentShader: GHOST_FRAGMENT,
    uniforms: u,
    translucent: true,
  });
  const { geometry, mesh } = draw;
  geometry.setAttribute('aMin', mins);
  geometry.setAttribute('aMax', maxs);
  mesh.renderOrder = 1; // after the opaque cubes

  function update(input: SceneInput, blocks: Dims, gap: Vector3, volume: VolumeOnScreen | null): void {
    const { tok, kept } = input;
    const { t: T, h: H, w: W } = tok.input;
    setVolumeUniforms(u, input, volume);
    u.uKept.value.set(kept.t, kept.h, kept.w);
    u.uBlocks.value.set(blocks.t, blocks.h, blocks.w);
    u.uGap.value.copy(gap);
    // Slabs: frames past kept.t; rows past kept.h (within kept frames); columns past kept.w (within kept rows and frames).
    const slabs: [number[], number[]][] = [];
    if (kept.t < T)
      slabs.push([
        [kept.t, 0, 0],
        [T, H, W],
      ]);
    if (kept.h < H)
      slabs.push([
        [0, kept.h, 0],
        [kept.t, H, W],
      ]);
    if (kept.w < W)
      slabs.push([
        [0, 0, kept.w],
        [kept.t, kept.h, W],
      ]);
    // A slice plane cuts the slabs too; what it leaves of each is drawn.
    const keep = input.cut?.keep;
    const cutSlabs = slabs
      .map(
        ([lo, hi]) =>
          [
            lo.map((n, i) => Math.max(n, keep?.[AXES[i]!][0] ?? n)),
            hi.map((n, i) => Math.min(n, keep?.[AXES[i]!][1] ?? n)),
          ] as const,
      )
      .filter(([lo, hi]) => lo.every((n, i) => n < hi[i]!));
    cutSlabs.forEach(([lo, hi], i) => {
      mins.setXYZ(i, lo[0]!, lo[1]!, lo[2]!);
      maxs.setXYZ(i, hi[0]!, hi[1]!, hi[2]!);
    });
    mins.needsUpdate = true;
    maxs.needsUpdate = true;
    geometry.instanceCount = cutSlabs.length;
    mesh.visible = input.view === 'cubes' && cutSlabs.length > 0 && volume !== null;
  }

  return {
    object: mesh,
    update,
    dispose: draw.dispose,
  };
}
