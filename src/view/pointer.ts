// Picking and hover: a click or tap that did not orbit the camera picks a token; a mouse resting over a
// cube previews it, with at most one pick per animation frame however fast the mouse moves.
import type { TokenPos } from '../model/sequence';

export interface PointerEvents {
  pick(pos: TokenPos): void;
  /** The token under the mouse, or null when it leaves the cubes or the view. */
  hover(pos: TokenPos | null): void;
}

const CLICK_SLOP_PX = 5; // further than this between down and up is an orbit
const CLICK_MAX_MS = 600;

/** `tokenAt` maps CSS pixels from the canvas's top-left to the token there. Returns a dispose. */
export function watchPointer(
  canvas: HTMLCanvasElement,
  tokenAt: (xCss: number, yCss: number) => TokenPos | null,
  events: PointerEvents,
): () => void {
  const local = (event: PointerEvent) => {
    const rect = canvas.getBoundingClientRect();
    return { x: event.clientX - rect.left, y: event.clientY - rect.top };
  };

  let downAt: { x: number; y: number; ms: number } | null = null;
  const onPointerDown = (event: PointerEvent) => {
    downAt = { x: event.clientX, y: event.clientY, ms: performance.now() };
  };
  const onPointerUp = (event: PointerEvent) => {
    const moved = downAt && Math.hypot(event.clientX - downAt.x, event.clientY - downAt.y) > CLICK_SLOP_PX;
    if (!downAt || moved || performance.now() - downAt.ms > CLICK_MAX_MS) return;
    const { x, y } = local(event);
    const pos = tokenAt(x, y);
    if (pos) events.pick(pos);
  };

  let hoverAt: { x: number; y: number } | null = null;
  let hoverRequest = 0;
  const hoverNow = () => {
    hoverRequest = 0;
    if (hoverAt) events.hover(tokenAt(hoverAt.x, hoverAt.y));
  };
  const onPointerMove = (event: PointerEvent) => {
    if (event.pointerType !== 'mouse' || event.buttons !== 0) return; // orbiting, or a touch: no preview
    hoverAt = local(event);
    if (hoverRequest === 0) hoverRequest = requestAnimationFrame(hoverNow);
  };
  const onPointerLeave = () => {
    hoverAt = null;
    events.hover(null);
  };

  const listeners = [
    ['pointerdown', onPointerDown],
    ['pointerup', onPointerUp],
    ['pointermove', onPointerMove],
    ['pointerleave', onPointerLeave],
  ] as const;
  for (const [type, listener] of listeners) canvas.addEventListener(type, listener);
  return () => {
    cancelAnimationFrame(hoverRequest);
    for (const [type, listener] of listeners) canvas.removeEventListener(type, listener);
  };
}
