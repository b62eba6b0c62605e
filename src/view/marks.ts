// Index marks for the token sequence: the index that starts each row, on the row's left, and where each
// time slab begins, so a reader sees the line run frame by frame. HTML labels over the canvas, placed by
// projecting the same layout the cubes shader uses; rows are thinned until the labels do not overlap.
import { type Camera, Vector3 } from 'three';
import type { Dims } from '../model/grid';
import { indexOf } from '../model/sequence';
import { blockStart } from './layout';

export interface LineLayout {
  readonly grid: Dims; // tokens
  readonly block: Dims; // tokens per item
  readonly blocks: Dims; // items per axis
  readonly cols: number;
  readonly pitch: number;
}

const MIN_GAP_PX = 16; // between labels
type Kind = 'row' | 'slab' | 'end' | 'legend' | 'text';
// Row labels end left of the row; slab marks start at their item's left edge, above it, so the two never meet.
const ANCHOR: Record<Kind, string> = {
  row: 'translate(-100%, -50%)',
  slab: 'translate(0, -100%)',
  end: 'translate(0, -50%)',
  legend: 'translate(-50%, 0.9rem)',
  text: 'translate(0, -100%)',
};

/** The preset's text tokens, said above the line's start: joint ones come first in the sequence (MMDiT-style). */
export interface TextMark {
  readonly kind: 'joint' | 'cross';
  readonly tokens: number;
}
const _point = new Vector3();

/** World position of item `i`'s slot in the line (as in glsl/cubes.ts). */
function slot(line: LineLayout, i: number, dx: number, dy: number): Vector3 {
  const count = line.blocks.t * line.blocks.h * line.blocks.w;
  const rows = Math.ceil(count / line.cols);
  const row = Math.floor(i / line.cols);
  const col = i - row * line.cols;
  return _point.set((col - (line.cols - 1) / 2 + dx) * line.pitch, ((rows - 1) / 2 - row + dy) * line.pitch * 1.25, 0);
}

/** The first token of item `i`, as its sequence index. */
function tokenIndex(line: LineLayout, i: number): number {
  return indexOf(blockStart(i, line.block, line.blocks), line.grid);
}

/** `legend` says what the marks mean, in the UI's words. */
export function createMarks(
  container: HTMLElement,
  legend: string,
  textLabel: (text: TextMark) => string = ({ tokens }) => `${tokens} text tokens`,
) {
  const layer = document.createElement('div');
  layer.className = 'seq-marks';
  layer.setAttribute('aria-hidden', 'true'); // the view's own label says what the line is
  container.append(layer);
  const pool: HTMLSpanElement[] = [];

  function toScreen(camera: Camera, world: Vector3, width: number, height: number): { x: number; y: number } {
    world.project(camera);
    return { x: ((world.x + 1) / 2) * width, y: ((1 - world.y) / 2) * height };
  }

  return {
    /** Place the labels for the line as drawn now; `amount` is how far the cubes are into the line (0..1). */
    update(camera: Camera, line: LineLayout | null, amount: number, text: TextMark | null = null): void {
      const width = container.clientWidth;
      const height = container.clientHeight;
      layer.style.opacity = String(Math.max(0, amount * 2 - 1));
      const labels: { text: string; x: number; y: number; kind: Kind }[] = [];
      if (line && amount > 0.5 && width > 0) {
        const at = (i: number, dx: number, dy: number) => toScreen(camera, slot(line, i, dx, dy), width, height);
        const count = line.blocks.t * line.blocks.h * line.blocks.w;
        const rows = Math.ceil(count / line.cols);
        const rowGap = rows > 1 ? Math.abs(at(line.cols, 0, 0).y - at(0, 0, 0).y) : Infinity;
        const every = Math.max(1, Math.ceil(MIN_GAP_PX / Math.max(rowGap, 1e-3)));
        for (let row = 0; row < rows; row += every) {
          const { x, y } = at(row * line.cols, -0.7, 0);
          labels.push({ text: tokenIndex(line, row * line.cols).toLocaleString('en-US'), x, y, kind: 'row' });
        }
        // Where each time slab starts: a mark above that item (thinned the same way along the line).
        const perSlab = line.blocks.h * line.blocks.w;
        const slabEvery = Math.max(1, Math.ceil((every * line.cols) / Math.max(perSlab, 1)));
        for (let s = 0; s < line.blocks.t; s += slabEvery) {
          const { x, y } = at(s * perSlab, -0.4, 0.4);
          labels.push({ text: `t=${s * line.block.t}`, x, y, kind: 'slab' });
        }
        const end = at(count - 1, 0.7, 0);
        labels.push({
          text: `${(line.grid.t * line.grid.h * line.grid.w - 1).toLocaleString('en-US')}`,
          x: end.x,
          y: end.y,
          kind: 'end',
        });
        if (text) {
          const top = at(0, -0.5, 1.1);
          labels.push({ text: textLabel(text), x: top.x, y: top.y, kind: 'text' });
        }
        const bottom = at((rows - 1) * line.cols, (line.cols - 1) / 2, -0.5);
        labels.push({ text: legend, x: bottom.x, y: bottom.y, kind: 'legend' });
      }
      while (pool.length < labels.length) pool.push(layer.appendChild(document.createElement('span')));
      pool.forEach((span, i) => {
        const label = labels[i];
        span.hidden = !label;
        if (!label) return;
        span.textContent = label.text;
        span.className = label.kind;
        span.style.transform = `translate(${label.x.toFixed(1)}px, ${label.y.toFixed(1)}px) ${ANCHOR[label.kind]}`;
      });
    },
    dispose(): void {
      layer.remove();
    },
  };
}
