// Keyboard control of the focused 3D view: arrows move the selected token along x and y,
// PageUp/PageDown (or [ and ]) along t, + and − zoom.

export interface KeyActions {
  move(dt: number, dy: number, dx: number): void;
  zoom(factor: number): void;
}

const MOVES: Record<string, readonly [number, number, number]> = {
  ArrowRight: [0, 0, 1],
  ArrowLeft: [0, 0, -1],
  ArrowDown: [0, 1, 0],
  ArrowUp: [0, -1, 0],
  PageDown: [1, 0, 0],
  ']': [1, 0, 0],
  PageUp: [-1, 0, 0],
  '[': [-1, 0, 0],
};
const ZOOMS: Record<string, number> = { '+': 1.25, '=': 1.25, '-': 0.8, _: 0.8 };

export function bindKeys(view: HTMLElement, actions: KeyActions): () => void {
  const onKey = (event: KeyboardEvent) => {
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    const move = MOVES[event.key];
    const zoom = ZOOMS[event.key];
    if (move) actions.move(...move);
    else if (zoom) actions.zoom(zoom);
    else return;
    event.preventDefault();
  };
  view.addEventListener('keydown', onKey);
  return () => view.removeEventListener('keydown', onKey);
}
