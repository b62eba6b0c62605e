// The GPU process's one-off work, moved out of the way of the first picture. Every question the page asks of
// a WebGL context (getExtension, getParameter, a program's uniforms) waits for all the work the GPU process was
// given; in software WebGL, asked at the first upload or draw, behind the shader compile and the volume's
// allocation, such questions held the page 0.27-0.3 s each. Asked while the process is idle, they cost nothing.
import type { Camera, Object3D, Scene, WebGLRenderer } from 'three';
import { whenIdle } from '../state/idle';
import type { ViewKind } from './scene-input';

/** At most this long for an idle moment to compile the shaders the first picture does not need. */
const REST_WAIT_MS = 3000;
/** While the GPU is still drawing, look again this often. */
const GPU_POLL_MS = 50;

interface Part {
  readonly object: Object3D;
}

export interface WarmUp {
  /** The scene's view is `view`: compile what it draws first, once. */
  ahead(view: ViewKind): void;
  /** A clip is whole: compile the rest once the page is idle and the GPU done with its frames. */
  rest(): void;
  dispose(): void;
}

/**
 * At the first upload three.js asks for an extension and for the unpacking state: asked (or set) now, the
 * answers are known and later uploads ask nothing.
 */
export function knowUploadState(renderer: WebGLRenderer, gl: WebGL2RenderingContext): void {
  renderer.extensions.has('EXT_texture_filter_anisotropic');
  for (const name of [
    gl.UNPACK_ROW_LENGTH,
    gl.UNPACK_IMAGE_HEIGHT,
    gl.UNPACK_SKIP_PIXELS,
    gl.UNPACK_SKIP_ROWS,
    gl.UNPACK_SKIP_IMAGES,
  ])
    renderer.state.pixelStorei(name, 0); // WebGL's defaults, now also three.js's record of them
}

/**
 * Shaders compiled in the background (in software WebGL about 0.1 s each) rather than at their first draw: at
 * the first scene only those of what its view draws first (`first.cubes`, or `first.stack`), so that the GPU
 * process has less to do before the first picture; the others (`rest`) once a clip is whole, the page idle
 * and the GPU done (`gpuDone`): a compile asks the GPU process questions that wait for its frames, and right
 * after `ready` that held the page 0.75 s while the clip's whole picture was drawn in software.
 * After each compile, each program is asked for its uniforms and attributes, which three.js asks at its first
 * draw (0.27 s behind the volume's allocation).
 */
export function createWarmUp(
  renderer: WebGLRenderer,
  scene: Scene,
  camera: Camera,
  parts: { readonly first: { readonly cubes: Part; readonly stack: Part }; readonly rest: readonly Part[] },
  gpuDone: () => boolean = () => true,
): WarmUp {
  const all = [parts.first.cubes, parts.first.stack, ...parts.rest];
  let stage: 'none' | 'first' | 'all' = 'none';
  let disposed = false;
  let cancelRest: (() => void) | null = null;

  function compile(these: readonly Part[]): void {
    const shown = all.map((part) => part.object.visible);
    all.forEach((part) => (part.object.visible = these.includes(part))); // three.js compiles what is visible
    const done = renderer.compileAsync(scene, camera);
    all.forEach((part, i) => (part.object.visible = shown[i]!));
    void done
      .then(() => {
        if (disposed) return;
        for (const program of renderer.info.programs ?? []) {
          program.getUniforms();
          program.getAttributes();
        }
      })
      .catch(() => {});
  }

  return {
    ahead(view) {
      if (stage !== 'none') return;
      stage = 'first';
      compile([view === 'stack' ? parts.first.stack : parts.first.cubes]);
    },
    rest() {
      if (stage === 'all') return;
      stage = 'all';
      const since = performance.now();
      const attempt = (): void => {
        cancelRest = whenIdle(() => {
          cancelRest = null;
          if (disposed) return;
          if (gpuDone() || performance.now() - since > REST_WAIT_MS) return compile(all);
          const timer = setTimeout(attempt, GPU_POLL_MS);
          cancelRest = () => clearTimeout(timer);
        }, REST_WAIT_MS);
      };
      attempt();
    },
    dispose() {
      disposed = true;
      cancelRest?.();
    },
  };
}
