// The 3D view: a renderer, a camera rig and the parts, drawn on demand (see render-loop.ts). This file only
// composes: each concern lives in its own module, named by what "frame" means there.
import { Scene, type Texture, WebGLRenderer } from 'three';
import type { TokenPos } from '../model/sequence';
import type { Pose } from './camera';
import { createCubes } from './cubes';
import { recordWebm, snapshot } from './export';
import { createFrameFence } from './frame-fence';
import { createCameraRig } from './framing';
import { createGhost } from './ghost';
import { createIncoming } from './incoming';
import { createMarks, type TextMark } from './marks';
import { pickOnCanvas } from './pick';
import { watchPointer } from './pointer';
import { createRenderContext } from './render-context';
import { type Drawn, createRenderLoop } from './render-loop';
import { type SceneInput, sameSceneInput } from './scene-input';
import { createStack } from './stack';
import { createTransition } from './transition';
import { createVolumeTexture, type VolumeData, type VolumeOnScreen, type VolumeShape } from './volume';
import { createWarmUp, knowUploadState } from './warm-up';

export interface Stage {
  readonly canvas: HTMLCanvasElement;
  /** Largest 3D texture side this GPU takes. */
  readonly maxTextureSize: number;
  /** Tokens per drawn cube (1×1×1 unless the grid is too large to draw cube by cube). */
  block(): { t: number; h: number; w: number };
  update(input: SceneInput, pose: Pose | null): void;
  /**
   * Frames of a clip still decoding, uploaded as they come. The clip on screen stays until setVolume; with
   * none on screen yet, the frames so far are drawn.
   */
  putFrames(shape: VolumeShape, first: number, rgba: Uint8Array): void;
  /** Forget the frames put so far. */
  dropFrames(): void;
  /** Until `setVolume` or `dropFrames`, draw the frames put so far instead of the clip on screen. */
  replaceShown(): void;
  /** Show this clip: the frames put for it are already on the GPU, the rest is uploaded now. */
  setVolume(data: VolumeData | null): void;
  /** The camera pose now. */
  pose(): Pose;
  /** The token under a point of the canvas (CSS pixels from its top-left), or null. */
  pick(xCss: number, yCss: number): TokenPos | null;
  /** A PNG of the view as it is drawn now. */
  snapshot(): Promise<Blob | null>;
  /** A WebM of the canvas for `durationMs`, while `during` starts whatever should move. */
  record(durationMs: number, during: () => void): Promise<Blob | null>;
  /** Draws a frame that is due now rather than at the next animation frame; resolves once it is drawn. */
  rendered(): Promise<void>;
  /** Whether the GPU has finished the frames drawn so far (uploads meanwhile would hold up the page). */
  idle(): boolean;
  dispose(): void;
}

/** What the user does in the view. */
export interface StageEvents {
  pick(pos: TokenPos): void;
  hover(pos: TokenPos | null): void;
  /** The user finished moving the camera. */
  pose(pose: Pose): void;
}

/**
 * While the first clip decodes, the picture grows along t with its frames. In software WebGL a redraw of the
 * default view costs the GPU process 0.5-1 s of a core, taken from the decode on a 2-core machine: measured
 * with redraws at most every 250 or 500 ms, decoding took 4.7 and 5.3 s (medians of 4) against 4.3 s with
 * none. At most once a second: 4.36 s against 4.26 s (medians of 5, interleaved), within the noise;
 * the first picture came 0.8-2.3 s before ready.
 */
const GROWING_REDRAW_MS = 1000;
export function createStage(
  container: HTMLElement,
  marksLegend: string,
  events: StageEvents,
  textLabel?: (text: TextMark) => string,
  formatIndex?: (n: number) => string,
): Stage {
  const { canvas, context, software } = createRenderContext();
  const renderer = new WebGLRenderer({ canvas, context });
  knowUploadState(renderer, context);
  renderer.setPixelRatio(Math.min(window.devicePixelRatio, 2));
  canvas.dataset.frames = '0';
  canvas.dataset.volumeFrames = '0';
  canvas.dataset.antialias = String(context.getContextAttributes()?.antialias ?? false);
  container.append(canvas);

  const scene = new Scene();
  const rig = createCameraRig(canvas, { moved: () => loop.request(), settled: events.pose });
  const cubes = createCubes();
  const ghost = createGhost();
  const stack = createStack();
  scene.add(cubes.object, ghost.object, stack.object);
  // The GPU process's one-off work before the first picture, done ahead (warm-up.ts).
  const warmUp = createWarmUp(renderer, scene, rig.camera, { first: { cubes, stack }, rest: [ghost] }, () =>
    fence.done(),
  );

  const marks = createMarks(container, marksLegend, textLabel, formatIndex);
  const transition = createTransition();
  const incoming = createIncoming(renderer);
  const fence = createFrameFence(context);

  let clip: { texture: Texture; frames: number } | null = null; // the whole clip on screen
  let input: SceneInput | null = null;
  let drawnVolume: VolumeOnScreen | null = null; // the volume the parts were last updated with
  let frames = 0;
  let blank = true; // nothing drawn since the canvas was made

  // The whole clip; or, until the first one is whole, the frames of the one decoding: the stack grows. A later
  // bundled clip grows in place too (its numbers are on screen at once, `replaceShown`); a link's clip or the
  // user's own file doesn't: the clip on screen stays, with its numbers, until the new one is whole.
  let replacing = false;
  const volumeOnScreen = (): VolumeOnScreen | null =>
    clip && !replacing ? { texture: clip.texture, frames: clip.frames, present: clip.frames } : incoming.sofar();

  function applyParts(): void {
    const shown = transition.shown();
    if (!input || !shown) return;
    const frameInput = { ...input, ...shown };
    cubes.update(frameInput, drawnVolume);
    const { blocks, gap } = cubes.layout();
    ghost.update(frameInput, blocks, gap, drawnVolume);
    stack.update(frameInput, drawnVolume);
  }

  /** One rendered frame: whether it painted, and whether another should follow. */
  function draw(nowMs: number): Drawn {
    if (transition.step(nowMs)) applyParts();
    // Before a clip arrives nothing is visible and the canvas is clear: a frame would only cost time (in
    // software WebGL it stalls the page while the clip decodes).
    const painted = drawnVolume !== null || !blank;
    if (painted) {
      renderer.render(scene, rig.camera);
      fence.drawn();
      blank = !drawnVolume;
      // Counters for tests and `npm run bench`: frames drawn, draw calls and the clip's frames in the last one.
      canvas.dataset.frames = String(++frames);
      canvas.dataset.calls = String(renderer.info.render.calls);
      canvas.dataset.volumeFrames = String(drawnVolume?.present ?? 0);
    }
    const sequence = transition.shown()?.sequence ?? 0;
    const line =
      drawnVolume && input && sequence > 0 && !cubes.packed() ? { ...cubes.layout(), grid: input.grid } : null;
    marks.update(rig.camera, line, sequence, input?.text ?? null);
    return { painted, again: transition.running() };
  }
  const loop = createRenderLoop(draw);

  // The canvas takes the container's size now, not at the resize observer's first call: frames decoded before
  // the view was made are drawn in this task, and would otherwise be drawn at the canvas's default 300×150
  // (then again, a software frame later, at the right size).
  let size = { width: 0, height: 0 };
  function fitCanvas(): boolean {
    const { clientWidth: width, clientHeight: height } = container;
    if (width === 0 || height === 0 || (width === size.width && height === size.height)) return false;
    size = { width, height };
    renderer.setSize(width, height, false);
    rig.setAspect(width, height);
    rig.refit();
    return true;
  }
  fitCanvas();
  const observer = new ResizeObserver(() => {
    if (fitCanvas()) loop.request();
  });
  observer.observe(container);

  function pick(xCss: number, yCss: number): TokenPos | null {
    const shown = transition.shown();
    if (!input || !shown) return null;
    if (cubes.packed()) return null; // the packed clips are not this clip's tokens
    return pickOnCanvas(canvas, rig.camera, { xCss, yCss }, input, shown.sequence, cubes.layout());
  }
  const unwatchPointer = watchPointer(canvas, pick, events);

  /** Draw what is on screen now: the frames put so far, while the first clip decodes. */
  function showGrowing(): void {
    if ((clip && !replacing) || !input) return;
    const first = !drawnVolume; // nothing of this clip drawn yet
    drawnVolume = volumeOnScreen();
    applyParts();
    // The first picture at once: while the GPU process allocates the volume an animation frame can be 0.3 s
    // away, and the draw waits behind the upload anyway.
    if (first && drawnVolume) loop.drawNow();
    else if (software) loop.requestSpaced(GROWING_REDRAW_MS);
    else loop.request();
  }
  function putFrames(shape: VolumeShape, first: number, rgba: Uint8Array): void {
    incoming.put(shape, first, rgba);
    showGrowing();
  }
  function dropFrames(): void {
    incoming.drop();
    if (!replacing) return showGrowing();
    replacing = false; // the clip on screen comes back
    if (input) update(input, rig.applied());
  }

  // three.js rebuilds its GPU state on a restored context (a listener it added first); the picture is ours.
  const onRestored = () => loop.request();
  canvas.addEventListener('webglcontextrestored', onRestored);
  canvas.addEventListener('webglcontextlost', dropFrames);

  function update(next: SceneInput, pose: Pose | null): void {
    warmUp.ahead(next.view);
    const volume = volumeOnScreen();
    // A store change that touches nothing drawn (status, progress, a panel toggle) draws no frame.
    const sameVolume = volume?.texture === drawnVolume?.texture && volume?.present === drawnVolume?.present;
    if (input && sameVolume && sameSceneInput(next, input) && !rig.needsFit(next, pose, input)) return;
    drawnVolume = volume;
    const refit = rig.needsFit(next, pose, input);
    input = next;
    transition.goTo({ latent: next.latent, sequence: next.sequence });
    applyParts();
    if (refit) rig.fit(next, pose);
    loop.request();
  }

  return {
    canvas,
    maxTextureSize: context.getParameter(context.MAX_3D_TEXTURE_SIZE) as number,
    block: () => cubes.layout().block,
    update,
    putFrames,
    dropFrames,
    replaceShown() {
      replacing = true;
      showGrowing();
    },
    setVolume(data) {
      if (data) warmUp.rest();
      replacing = false;
      clip?.texture.dispose();
      const texture = data ? (incoming.take(data) ?? createVolumeTexture(data, data.rgba)) : null;
      if (!data) incoming.drop();
      clip = data && texture ? { texture, frames: data.frames } : null;
      canvas.dataset.textureBytes = String(data ? data.rgba.byteLength : 0);
      if (input) update(input, rig.applied());
    },
    rendered: () => loop.rendered(),
    idle: () => fence.done(),
    pick,
    snapshot: () => snapshot(canvas, loop.drawNow),
    record: (durationMs, during) => recordWebm(canvas, durationMs, during),
    pose: () => rig.pose(),
    dispose() {
      warmUp.dispose();
      loop.dispose();
      unwatchPointer();
      canvas.removeEventListener('webglcontextrestored', onRestored);
      canvas.removeEventListener('webglcontextlost', dropFrames);
      incoming.drop();
      observer.disconnect();
      rig.dispose();
      cubes.dispose();
      ghost.dispose();
      stack.dispose();
      marks.dispose();
      clip?.texture.dispose();
      fence.dispose();
      renderer.dispose();
      renderer.forceContextLoss(); // give the context back now, not when the GC gets to it
      canvas.remove();
    },
  };
}
