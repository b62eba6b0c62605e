// Rendered frames, on demand: a frame is drawn when something changed, and nothing runs while idle.
// ("Frame" here is one picture drawn to the canvas, not a frame of the clip.)

export interface RenderLoop {
  /** Draw a frame at the next animation frame; requests before it make one frame. */
  request(): void;
  /** Draw a frame, but not sooner than `gapMs` after the last one: redraws while a clip decodes. */
  requestSpaced(gapMs: number): void;
  /** Draw a frame that is due now rather than later; resolves once it is drawn. */
  rendered(): Promise<void>;
  /** Draw a frame in this task (a snapshot reads the canvas back before it is cleared). */
  drawNow(): void;
  dispose(): void;
}

/** What one call of `draw` did: whether it painted the canvas, and whether another should follow (a transition). */
export interface Drawn {
  readonly painted: boolean;
  readonly again: boolean;
}

/** `draw` draws one frame; a call that painted nothing does not count for `requestSpaced`'s gap. */
export function createRenderLoop(draw: (nowMs: number) => Drawn): RenderLoop {
  let animationFrame = 0;
  let spacedTimer: ReturnType<typeof setTimeout> | 0 = 0;
  let lastDrawMs = -Infinity;
  let waiting: (() => void)[] = [];

  function drawFrame(nowMs: number): void {
    animationFrame = 0;
    clearTimeout(spacedTimer);
    spacedTimer = 0;
    const { painted, again } = draw(nowMs);
    if (painted) lastDrawMs = performance.now();
    if (again) request();
    const done = waiting;
    waiting = [];
    for (const resolve of done) resolve();
  }
  function request(): void {
    if (animationFrame === 0) animationFrame = requestAnimationFrame(drawFrame);
  }
  function drawNow(): void {
    cancelAnimationFrame(animationFrame);
    drawFrame(performance.now());
  }

  return {
    request,
    requestSpaced(gapMs) {
      if (animationFrame !== 0 || spacedTimer !== 0) return;
      const waitMs = lastDrawMs + gapMs - performance.now();
      if (waitMs <= 0) request();
      else spacedTimer = setTimeout(request, waitMs);
    },
    rendered() {
      const done = new Promise<void>((resolve) => waiting.push(resolve));
      // A frame that is due is drawn in this task, not at the next animation frame: it then reaches the
      // screen together with whatever this task changes in the page (the status, the readout).
      if (animationFrame === 0 && spacedTimer === 0) request();
      else drawNow();
      return done;
    },
    drawNow,
    dispose() {
      cancelAnimationFrame(animationFrame);
      clearTimeout(spacedTimer);
    },
  };
}
