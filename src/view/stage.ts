// The 3D view: renderer, camera, orbit controls and the parts. It renders on demand only: a frame is
// drawn when something changed, and nothing runs while idle.
import {
  type Data3DTexture,
  PerspectiveCamera,
  Raycaster,
  Scene,
  type Texture,
  Vector2,
  Vector3,
  WebGLRenderer,
} from 'three';
import type { TokenPos } from '../model/sequence';
import { OrbitControls } from 'three/addons/controls/OrbitControls.js';
import { type Pose, applyPose, defaultPose, framingDistance, readPose } from './camera';
import { TRANSITION_MS } from '../config';
import { createCubes } from './cubes';
import { createGhost } from './ghost';
import { worldSize } from './layout';
import { type SceneInput, sameSceneInput } from './scene-input';
import { pickInSequence, pickInVolume } from './pick';
import { createMarks } from './marks';
import { createStack } from './stack';
import { createVolumeTexture, sameShape, uploadFrames, type VolumeData, type VolumeShape } from './volume';

export interface Stage {
  readonly canvas: HTMLCanvasElement;
  /** Largest 3D texture side this GPU takes. */
  readonly maxTextureSize: number;
  /** Tokens per drawn cube (1×1×1 unless the grid is too large to draw cube by cube). */
  block(): { t: number; h: number; w: number };
  update(input: SceneInput, pose: Pose | null): void;
  /** Frames of a clip still decoding, uploaded as they come; the clip on screen stays until setVolume. */
  putFrames(shape: VolumeShape, first: number, rgba: Uint8Array): void;
  /** Forget the frames put so far. */
  dropFrames(): void;
  /** Show this clip: the frames put for it are already on the GPU, the rest is uploaded now. */
  setVolume(data: VolumeData | null): void;
  /** Called when the user finishes moving the camera. */
  onPoseChange(listener: (pose: Pose) => void): void;
  /** The camera pose now. */
  pose(): Pose;
  /** Called with the token the user clicked or tapped. */
  onPick(listener: (pos: TokenPos) => void): void;
  /** Called with the token under the mouse as it moves, or null when there is none. */
  onHover(listener: (pos: TokenPos | null) => void): void;
  /** The token under a point of the canvas (CSS pixels from its top-left), or null. */
  pick(xCss: number, yCss: number): TokenPos | null;
  /** A PNG of the view as it is drawn now. */
  snapshot(): Promise<Blob | null>;
  /** A WebM of the canvas for `durationMs`, while `during` starts whatever should move. */
  record(durationMs: number, during: () => void): Promise<Blob | null>;
  /** Draws a frame that is due now rather than at the next animation frame; resolves once it is drawn. */
  rendered(): Promise<void>;
  dispose(): void;
}

const _size = new Vector3();
const MIN_TRANSITION_FRAMES = 6; // a slow GPU still shows the motion rather than jumping to the end

interface Animated {
  latent: number;
  sequence: number;
}

function ease(t: number): number {
  return t < 0.5 ? 2 * t * t : 1 - (-2 * t + 2) ** 2 / 2;
}

const SOFTWARE_RENDERER = /swiftshader|llvmpipe|softpipe|software|basic render/i;

/** Whether WebGL runs on the CPU: SwiftShader, Mesa's llvmpipe, Windows' basic render driver. */
function isSoftware(gl: WebGL2RenderingContext): boolean {
  const info = gl.getExtension('WEBGL_debug_renderer_info');
  const names = [gl.getParameter(gl.RENDERER), info ? gl.getParameter(info.UNMASKED_RENDERER_WEBGL) : ''];
  return names.some((name) => SOFTWARE_RENDERER.test(String(name)));
}

let softwareRenderer: boolean | undefined; // learnt from the page's first context

/**
 * A WebGL2 canvas, multisampled where a GPU does it. In software WebGL multisampling costs about a third of
 * every frame, while the cubes' edges look nearly the same without it, so there it is left off.
 */
function createCanvas(): { canvas: HTMLCanvasElement; context: WebGL2RenderingContext } {
  const attributes = { alpha: true, depth: true, stencil: false, premultipliedAlpha: true };
  for (const antialias of softwareRenderer === undefined ? [true, false] : [!softwareRenderer]) {
    const canvas = document.createElement('canvas');
    const context = canvas.getContext('webgl2', { ...attributes, antialias });
    if (!context) break;
    softwareRenderer ??= isSoftware(context);
    if (antialias !== softwareRenderer) return { canvas, context };
    context.getExtension('WEBGL_lose_context')?.loseContext(); // give the slot back at once
  }
  throw new Error('WebGL2 is not available');
}

export function createStage(container: HTMLElement, marksLegend: string): Stage {
  const { canvas, context } = createCanvas();
  const renderer = new WebGLRenderer({ canvas, context });
  renderer.setPixelRatio(Math.min(window.devicePixelRatio, 2));
  canvas.dataset.frames = '0';
  canvas.dataset.antialias = String(context.getContextAttributes()?.antialias ?? false);
  container.append(canvas);

  const scene = new Scene();
  const camera = new PerspectiveCamera(35, 1, 0.01, 100);
  const controls = new OrbitControls(camera, canvas);
  controls.enableDamping = false; // damping would need a frame loop while idle
  const cubes = createCubes();
  const ghost = createGhost();
  const stack = createStack();
  scene.add(cubes.object, ghost.object, stack.object);
  // Compile the shaders while the clip decodes (in software WebGL up to a quarter second), not at the first frame.
  void renderer.compileAsync(scene, camera).catch(() => {});
  const marks = createMarks(container, marksLegend);

  let texture: Texture | null = null;
  let input: SceneInput | null = null;
  let drawnTexture: Texture | null = null; // the texture the parts were last updated with
  let baseDistance = 5;
  let appliedPose: Pose | null = null;
  let frameRequest = 0;
  let frames = 0;
  let blank = true; // nothing drawn since the canvas was made
  let poseListener: (pose: Pose) => void = () => {};
  let waiting: (() => void)[] = [];
  // Transitions run only while they animate; under reduced motion they jump to the end state.
  const reducedMotion = window.matchMedia('(prefers-reduced-motion: reduce)');
  let shown: Animated | null = null;
  let tween: { from: Animated; to: Animated; startMs: number; frames: number } | null = null;

  function applyParts(): void {
    if (!input || !shown) return;
    const frameInput = { ...input, ...shown };
    cubes.update(frameInput, texture);
    const { blocks, gap } = cubes.layout();
    ghost.update(frameInput, blocks, gap, texture);
    stack.update(frameInput, texture);
  }

  function step(nowMs: number): void {
    if (!tween) return;
    tween.frames += 1;
    const t = Math.min(1, Math.max(0, (nowMs - tween.startMs) / TRANSITION_MS), tween.frames / MIN_TRANSITION_FRAMES);
    const k = ease(t);
    const { from, to } = tween;
    shown = {
      latent: from.latent + (to.latent - from.latent) * k,
      sequence: from.sequence + (to.sequence - from.sequence) * k,
    };
    applyParts();
    if (t >= 1) tween = null;
  }

  function render(nowMs: number): void {
    frameRequest = 0;
    step(nowMs);
    // Before a clip arrives nothing is visible and the canvas is clear: a frame would only cost time (in
    // software WebGL it stalls the page while the clip decodes).
    if (texture || !blank) {
      renderer.render(scene, camera);
      blank = !texture;
      // Counters for tests and `npm run bench`: frames drawn, draw calls in the last frame, texture bytes.
      canvas.dataset.frames = String(++frames);
      canvas.dataset.calls = String(renderer.info.render.calls);
    }
    const line = texture && input && shown && shown.sequence > 0 ? { ...cubes.layout(), grid: input.grid } : null;
    marks.update(camera, line, shown?.sequence ?? 0);
    if (tween) requestRender();
    const done = waiting;
    waiting = [];
    for (const resolve of done) resolve();
  }
  function requestRender(): void {
    if (frameRequest === 0) frameRequest = requestAnimationFrame(render);
  }

  function resize(): void {
    const { clientWidth: width, clientHeight: height } = container;
    if (width === 0 || height === 0) return;
    renderer.setSize(width, height, false);
    camera.aspect = width / height;
    camera.updateProjectionMatrix();
    if (input) frame(input, appliedPose);
    requestRender();
  }
  const observer = new ResizeObserver(resize);
  observer.observe(container);

  /** Fit the camera to the current layout; a pose is relative to that fit, so links survive resizing. */
  function frame(next: SceneInput, pose: Pose | null): void {
    worldSize(next.tok.input, _size);
    const explode = 1 + next.explode * 1.1;
    const radius = next.view === 'sequence' ? 1.9 : 0.5 * _size.length() * explode;
    const pad = next.tok.fit === 'pad' ? 1.1 : 1;
    baseDistance = framingDistance(camera, radius * pad);
    appliedPose = pose;
    applyPose(
      camera,
      controls.target.set(0, 0, 0),
      pose ?? defaultPose(next.view, next.cut?.axis ?? null),
      baseDistance,
    );
    controls.update();
  }

  controls.addEventListener('change', requestRender);
  controls.addEventListener('end', () => {
    const pose = readPose(camera, controls.target, baseDistance);
    const before = appliedPose ?? (input ? defaultPose(input.view, input.cut?.axis ?? null) : null);
    if (before && samePose(pose, before)) return; // a click, not an orbit
    appliedPose = pose;
    poseListener(pose);
  });

  const raycaster = new Raycaster();
  const _ndc = new Vector2();
  function pick(xCss: number, yCss: number): TokenPos | null {
    if (!input || !shown || input.view === 'stack') return null;
    const rect = canvas.getBoundingClientRect();
    raycaster.setFromCamera(_ndc.set((xCss / rect.width) * 2 - 1, 1 - (yCss / rect.height) * 2), camera);
    const { block, blocks, gap, cols, pitch } = cubes.layout();
    const { grid } = input;
    if (shown.sequence >= 0.5) {
      const index = pickInSequence(raycaster.ray, { cols, pitch, count: blocks.t * blocks.h * blocks.w });
      if (index === null) return null;
      const bx = index % blocks.w;
      const by = Math.floor(index / blocks.w) % blocks.h;
      const bt = Math.floor(index / (blocks.w * blocks.h));
      return { t: bt * block.t, y: by * block.h, x: bx * block.w };
    }
    const world = worldSize(input.tok.input, new Vector3());
    return pickInVolume(raycaster.ray, {
      tok: input.tok,
      grid,
      block,
      blocks,
      world,
      gap,
      explode: input.explode,
      cut: input.cut,
    });
  }

  // A click or tap that did not orbit the camera picks a token.
  let pickListener: (pos: TokenPos) => void = () => {};
  let downAt: { x: number; y: number; ms: number } | null = null;
  const onPointerDown = (event: PointerEvent) => {
    downAt = { x: event.clientX, y: event.clientY, ms: performance.now() };
  };
  const onPointerUp = (event: PointerEvent) => {
    if (
      !downAt ||
      Math.hypot(event.clientX - downAt.x, event.clientY - downAt.y) > 5 ||
      performance.now() - downAt.ms > 600
    )
      return;
    const rect = canvas.getBoundingClientRect();
    const pos = pick(event.clientX - rect.left, event.clientY - rect.top);
    if (pos) pickListener(pos);
  };
  canvas.addEventListener('pointerdown', onPointerDown);
  canvas.addEventListener('pointerup', onPointerUp);
  // three.js rebuilds its GPU state on a restored context (a listener it added first); the picture is ours.
  canvas.addEventListener('webglcontextrestored', requestRender);

  // The clip being decoded: its own texture, filled frame by frame, so showing it costs a frame rather than
  // a 45 MB upload (a quarter second in software WebGL). A lost context takes it; setVolume then uploads all.
  let incoming: { texture: Data3DTexture; shape: VolumeShape; put: boolean[] } | null = null;
  const dropIncoming = (): void => {
    incoming?.texture.dispose();
    incoming = null;
  };
  canvas.addEventListener('webglcontextlost', dropIncoming);
  function putFrames(shape: VolumeShape, first: number, rgba: Uint8Array): void {
    let target = incoming;
    if (!target || !sameShape(target.shape, shape)) {
      dropIncoming();
      const created = createVolumeTexture(shape, null);
      renderer.initTexture(created); // allocates it, uploads nothing
      target = incoming = { texture: created, shape, put: new Array<boolean>(shape.frames).fill(false) };
    }
    target.put.fill(true, first, first + uploadFrames(renderer, target.texture, first, rgba));
  }
  /** The incoming texture completed from `data`, or null when it is not this clip's. */
  function takeIncoming(data: VolumeData): Texture | null {
    const taken = incoming;
    incoming = null;
    if (!taken || !sameShape(taken.shape, data)) {
      taken?.texture.dispose();
      return null;
    }
    const frameBytes = data.widthPx * data.heightPx * 4;
    // Frames filled in at the end, or decoded before the view was made, go up now, each run in one call.
    for (let first = taken.put.indexOf(false); first >= 0;) {
      let end = first;
      while (end < data.frames && !taken.put[end]) end++;
      uploadFrames(renderer, taken.texture, first, data.rgba.subarray(first * frameBytes, end * frameBytes));
      first = taken.put.indexOf(false, end);
    }
    // Kept for three.js, which uploads it all again on a restored context.
    taken.texture.image.data = data.rgba;
    taken.texture.source.dataReady = true;
    return taken.texture;
  }

  // A mouse resting over a cube previews it; at most one pick per frame however fast the mouse moves.
  let hoverListener: (pos: TokenPos | null) => void = () => {};
  let hoverAt: { x: number; y: number } | null = null;
  let hoverRequest = 0;
  const hoverNow = () => {
    hoverRequest = 0;
    if (hoverAt) hoverListener(pick(hoverAt.x, hoverAt.y));
  };
  const onPointerMove = (event: PointerEvent) => {
    if (event.pointerType !== 'mouse' || event.buttons !== 0) return; // orbiting, or a touch: no preview
    const rect = canvas.getBoundingClientRect();
    hoverAt = { x: event.clientX - rect.left, y: event.clientY - rect.top };
    if (hoverRequest === 0) hoverRequest = requestAnimationFrame(hoverNow);
  };
  const onPointerLeave = () => {
    hoverAt = null;
    hoverListener(null);
  };
  canvas.addEventListener('pointermove', onPointerMove);
  canvas.addEventListener('pointerleave', onPointerLeave);

  const gl = renderer.getContext();
  return {
    canvas,
    maxTextureSize: gl.getParameter((gl as WebGL2RenderingContext).MAX_3D_TEXTURE_SIZE) as number,
    block: () => cubes.layout().block,
    update(next, pose) {
      // A store change that touches nothing drawn (status, progress, a panel toggle) draws no frame.
      if (input && texture === drawnTexture && sameSceneInput(next, input) && samePose(pose, appliedPose)) return;
      drawnTexture = texture;
      const reframe =
        !input ||
        next.view !== input.view ||
        next.explode !== input.explode ||
        next.cut?.axis !== input.cut?.axis ||
        !sameDims(next.tok.input, input.tok.input) ||
        next.tok.fit !== input.tok.fit ||
        !samePose(pose, appliedPose);
      input = next;
      const target: Animated = { latent: next.latent, sequence: next.sequence };
      if (!shown || reducedMotion.matches) {
        shown = target;
        tween = null;
      } else if (shown.latent !== target.latent || shown.sequence !== target.sequence) {
        tween = { from: shown, to: target, startMs: performance.now(), frames: 0 };
      }
      applyParts();
      if (reframe) frame(next, pose);
      requestRender();
    },
    putFrames,
    dropFrames: dropIncoming,
    setVolume(data) {
      texture?.dispose();
      texture = data ? (takeIncoming(data) ?? createVolumeTexture(data, data.rgba)) : null;
      if (!data) dropIncoming();
      canvas.dataset.textureBytes = String(data ? data.rgba.byteLength : 0);
      if (input) this.update(input, appliedPose);
    },
    rendered() {
      const done = new Promise<void>((resolve) => waiting.push(resolve));
      if (frameRequest === 0) requestRender();
      else {
        // A frame that is due is drawn in this task, not at the next animation frame: it then reaches the
        // screen together with whatever this task changes in the page (the status, the readout).
        cancelAnimationFrame(frameRequest);
        render(performance.now());
      }
      return done;
    },
    pick,
    async snapshot() {
      // The drawing buffer is not preserved: draw and read it back in the same task.
      render(performance.now());
      return new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/png'));
    },
    async record(durationMs, during) {
      if (typeof MediaRecorder === 'undefined' || !canvas.captureStream) return null;
      const type = ['video/webm;codecs=vp9', 'video/webm'].find((t) => MediaRecorder.isTypeSupported(t));
      if (!type) return null;
      const recorder = new MediaRecorder(canvas.captureStream(30), { mimeType: type });
      const chunks: Blob[] = [];
      recorder.ondataavailable = (event) => chunks.push(event.data);
      const stopped = new Promise<void>((resolve) => (recorder.onstop = () => resolve()));
      recorder.start();
      during();
      await new Promise((resolve) => setTimeout(resolve, durationMs));
      recorder.stop();
      await stopped;
      return new Blob(chunks, { type: 'video/webm' });
    },
    pose: () => readPose(camera, controls.target, baseDistance),
    onPick(listener) {
      pickListener = listener;
    },
    onHover(listener) {
      hoverListener = listener;
    },
    onPoseChange(listener) {
      poseListener = listener;
    },
    dispose() {
      cancelAnimationFrame(frameRequest);
      cancelAnimationFrame(hoverRequest);
      canvas.removeEventListener('pointerdown', onPointerDown);
      canvas.removeEventListener('pointerup', onPointerUp);
      canvas.removeEventListener('pointermove', onPointerMove);
      canvas.removeEventListener('pointerleave', onPointerLeave);
      canvas.removeEventListener('webglcontextrestored', requestRender);
      canvas.removeEventListener('webglcontextlost', dropIncoming);
      dropIncoming();
      observer.disconnect();
      controls.dispose();
      cubes.dispose();
      ghost.dispose();
      stack.dispose();
      marks.dispose();
      texture?.dispose();
      renderer.dispose();
      renderer.forceContextLoss(); // give the context back now, not when the GC gets to it
      canvas.remove();
    },
  };
}

function sameDims(a: SceneInput['tok']['input'], b: SceneInput['tok']['input']): boolean {
  return a.t === b.t && a.h === b.h && a.w === b.w;
}

function samePose(a: Pose | null, b: Pose | null): boolean {
  if (a === null || b === null) return a === b;
  return (
    Math.abs(a.yawDeg - b.yawDeg) < 0.05 &&
    Math.abs(a.pitchDeg - b.pitchDeg) < 0.05 &&
    Math.abs(a.zoom - b.zoom) < 0.0005
  );
}
