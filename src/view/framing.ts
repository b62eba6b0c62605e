// Camera framing: the camera is fitted to the layout, and a pose (from the link or the user's orbit) is
// relative to that fit, so links survive resizing. Orbit controls move it; the end of an orbit is reported.
import { PerspectiveCamera, Vector3 } from 'three';
import { OrbitControls } from 'three/addons/controls/OrbitControls.js';
import { sameDims } from '../model/grid';
import { type Pose, applyPose, defaultPose, framingDistance, readPose } from './camera';
import { worldSize } from './layout';
import type { SceneInput } from './scene-input';

export interface CameraRig {
  readonly camera: PerspectiveCamera;
  /** The canvas's new size in CSS pixels. */
  setAspect(width: number, height: number): void;
  /** Whether going from `prev` to `next` (with `pose`) moves the camera. */
  needsFit(next: SceneInput, pose: Pose | null, prev: SceneInput | null): boolean;
  /** Fit the camera to the layout of `input`, then apply `pose` (the view's default when null). */
  fit(input: SceneInput, pose: Pose | null): void;
  /** Fit again to the last input and pose (after a resize). */
  refit(): void;
  /** The camera pose now. */
  pose(): Pose;
  /** The pose last fitted or settled on by the user (null: the view's default). */
  applied(): Pose | null;
  dispose(): void;
}

export interface RigEvents {
  /** The camera moved: a frame is due. */
  moved(): void;
  /** The user finished moving the camera to a new pose. */
  settled(pose: Pose): void;
}

const _size = new Vector3();

export function samePose(a: Pose | null, b: Pose | null): boolean {
  if (a === null || b === null) return a === b;
  return (
    Math.abs(a.yawDeg - b.yawDeg) < 0.05 &&
    Math.abs(a.pitchDeg - b.pitchDeg) < 0.05 &&
    Math.abs(a.zoom - b.zoom) < 0.0005
  );
}

export function createCameraRig(canvas: HTMLCanvasElement, events: RigEvents): CameraRig {
  const camera = new PerspectiveCamera(35, 1, 0.01, 100);
  const controls = new OrbitControls(camera, canvas);
  controls.enableDamping = false; // damping would need a frame loop while idle
  let baseDistance = 5;
  let fitted: { input: SceneInput; pose: Pose | null } | null = null;

  function fit(input: SceneInput, pose: Pose | null): void {
    worldSize(input.tok.input, _size);
    const explode = 1 + input.explode * 1.1;
    const radius = input.view === 'sequence' ? 1.9 : 0.5 * _size.length() * explode;
    const pad = input.tok.fit === 'pad' ? 1.1 : 1;
    baseDistance = framingDistance(camera, radius * pad);
    fitted = { input, pose };
    const shown = pose ?? defaultPose(input.view, input.cut?.axis ?? null);
    applyPose(camera, controls.target.set(0, 0, 0), shown, baseDistance);
    controls.update();
  }

  const onEnd = (): void => {
    const pose = readPose(camera, controls.target, baseDistance);
    const before = fitted && (fitted.pose ?? defaultPose(fitted.input.view, fitted.input.cut?.axis ?? null));
    if (before && samePose(pose, before)) return; // a click, not an orbit
    if (fitted) fitted = { ...fitted, pose };
    events.settled(pose);
  };
  controls.addEventListener('change', events.moved);
  controls.addEventListener('end', onEnd);

  return {
    camera,
    setAspect(width, height) {
      camera.aspect = width / height;
      camera.updateProjectionMatrix();
    },
    needsFit(next, pose, prev) {
      return (
        !prev ||
        next.view !== prev.view ||
        next.explode !== prev.explode ||
        next.cut?.axis !== prev.cut?.axis ||
        !sameDims(next.tok.input, prev.tok.input) ||
        next.tok.fit !== prev.tok.fit ||
        !samePose(pose, fitted?.pose ?? null)
      );
    },
    fit,
    refit() {
      if (fitted) fit(fitted.input, fitted.pose);
    },
    pose: () => readPose(camera, controls.target, baseDistance),
    applied: () => fitted?.pose ?? null,
    dispose() {
      controls.removeEventListener('change', events.moved);
      controls.removeEventListener('end', onEnd);
      controls.dispose();
    },
  };
}
