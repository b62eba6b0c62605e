// Whether the GPU has finished the last frame drawn, asked without waiting: a fence after each frame, its
// status read back (WebGL updates it between tasks). In software WebGL a frame of the default view keeps the
// GPU process busy for 0.5-1 s, and any upload made meanwhile holds the page until the frame is done (a clip's
// uploads took 1.0-1.3 s of the page that way while it decoded); uploads wait for `done` instead.

export interface FrameFence {
  /** A frame was just drawn: `done` is false until the GPU has finished it. */
  drawn(): void;
  /** Whether the GPU has finished every frame drawn so far. */
  done(): boolean;
  dispose(): void;
}

export function createFrameFence(gl: WebGL2RenderingContext): FrameFence {
  let fence: WebGLSync | null = null;

  function release(): void {
    if (fence) gl.deleteSync(fence);
    fence = null;
  }

  return {
    drawn() {
      release();
      fence = gl.fenceSync(gl.SYNC_GPU_COMMANDS_COMPLETE, 0);
      gl.flush(); // the fence is only reached once the commands before it are sent
    },
    done() {
      if (!fence) return true;
      // A lost context never signals: nothing is drawing then either.
      if (gl.isContextLost() || gl.getSyncParameter(fence, gl.SYNC_STATUS) === gl.SIGNALED) release();
      return fence === null;
    },
    dispose: release,
  };
}
