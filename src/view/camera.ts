// Orbit camera whose pose round-trips through the URL as yaw°, pitch°, zoom.
import { MathUtils, type PerspectiveCamera, Vector3 } from 'three';
import type { Axis } from '../model/grid';
import type { ViewKind } from './scene-input';

export interface Pose {
  readonly yawDeg: number;
  readonly pitchDeg: number;
  readonly zoom: number;
}

const DEFAULT_POSES: Record<ViewKind, Pose> = {
  stack: { yawDeg: 38, pitchDeg: 18, zoom: 1 },
  cubes: { yawDeg: 32, pitchDeg: 22, zoom: 1 },
  sequence: { yawDeg: 0, pitchDeg: 0, zoom: 1 },
};

/** Cubes cut by a slice plane: a pose that looks at the cut face (x–t from above, y–t from the right). */
const SLICE_POSES: Record<Axis, Pose> = {
  h: { yawDeg: 18, pitchDeg: 52, zoom: 1 },
  w: { yawDeg: 64, pitchDeg: 16, zoom: 1 },
  t: { yawDeg: 24, pitchDeg: 14, zoom: 1 },
};

/** The pose a view starts in when the link names none. */
export function defaultPose(view: ViewKind, cutAxis: Axis | null): Pose {
  return view === 'cubes' && cutAxis ? SLICE_POSES[cutAxis] : DEFAULT_POSES[view];
}

const _offset = new Vector3();

/** Distance at which a sphere of `radius` fills the view, for zoom = 1. */
export function framingDistance(camera: PerspectiveCamera, radius: number): number {
  const halfFov = MathUtils.degToRad(camera.fov / 2);
  const halfFovX = Math.atan(Math.tan(halfFov) * camera.aspect);
  return (radius * 1.05) / Math.sin(Math.min(halfFov, halfFovX));
}

export function applyPose(camera: PerspectiveCamera, target: Vector3, pose: Pose, baseDistance: number): void {
  const yaw = MathUtils.degToRad(pose.yawDeg);
  const pitch = MathUtils.degToRad(pose.pitchDeg);
  const distance = baseDistance / pose.zoom;
  _offset
    .set(Math.sin(yaw) * Math.cos(pitch), Math.sin(pitch), Math.cos(yaw) * Math.cos(pitch))
    .multiplyScalar(distance);
  camera.position.copy(target).add(_offset);
  camera.lookAt(target);
}

export function readPose(camera: PerspectiveCamera, target: Vector3, baseDistance: number): Pose {
  _offset.copy(camera.position).sub(target);
  const distance = _offset.length();
  return {
    yawDeg: MathUtils.radToDeg(Math.atan2(_offset.x, _offset.z)),
    pitchDeg: MathUtils.radToDeg(Math.asin(MathUtils.clamp(_offset.y / distance, -1, 1))),
    zoom: baseDistance / distance,
  };
}
