// Index marks for the token sequence: the index that starts each row, on the row's left, and where each
// time slab begins, so a reader sees the line run frame by frame. HTML labels over the canvas, placed by
// projecting the same layout the cubes shader uses; rows are thinned until the labels do not overlap.
import { type Camera, Vector3 } from 'three';
import type { Dims } from '../model/grid';
import { indexOf } from '../model/sequence';
import { blockStart } from './layout';
import { type TileLayout, lineSlot } from './line';

export interface LineLayout {
  readonly grid: Dims; // tokens
  readonly block: Dims; // tokens per item
  readonly blocks: Dims; // items per axis
  readonly line: TileLayout; // frames as tiles (view/line.ts)
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

/** World position of item `i`'s slot in the line (as in glsl/cubes.ts), offset by (dx, dy) slots. */
function slot(line: LineLayout, i: number, dx: number, dy: number): Vector3 {
  const at = lineSlot(i, line.blocks, line.line);
  return _point.set((at.x + dx) * line.pitch, (at.y + dy) * line.pitch, 0);
}

/** The first token of item `i`, as its sequence index. */
function tokenIndex(line: LineLayout, i: number): number {
  return indexOf(blockStart(i, line.block, line.blocks), line.grid);
}

/** `legend` says what the marks mean, in the UI's words; `formatIndex` writes an index in the UI's number format. */
export function createMarks(
  container: HTMLElement,
  legend: string,
  textLabel: (text: TextMark) => string = ({ tokens }) => `${tokens} text tokens`,
  formatIndex: (n: number) => string = (n) => n.toLocaleString('en-US'),
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
        const { w: perRow, h: rowsPerSlab } = line.blocks;
        const perSlab = perRow * rowsPerSlab;
        const rowGap = Math.abs(at(perRow, 0, 0).y - at(0, 0, 0).y);
        const every = Math.max(1, Math.ceil(MIN_GAP_PX / Math.max(rowGap, 1e-3)));
        // Each row of the leftmost tiles is an image row: its label is the index of its first token, a
        // multiple of the grid's width. Rows are thinned within each tile, counted from the tile's top.
        for (let s = 0; s < line.blocks.t; s += line.line.tiles) {
          for (let r = 0; r < rowsPerSlab; r += every) {
            const i = s * perSlab + r * perRow;
            const { x, y } = at(i, -0.7, 0);
            labels.push({ text: formatIndex(tokenIndex(line, i)), x, y, kind: 'row' });
          }
        }
        // Where each time slab starts: a mark above its tile (thinned when tiles are too small to hold one).
        const tileWidth = Math.abs(at(1, 0, 0).x - at(0, 0, 0).x) * (perRow + 1);
        const slabEvery = Math.max(1, Math.ceil((MIN_GAP_PX * 2) / Math.max(tileWidth, 1e-3)));
        for (let s = 0; s < line.blocks.t; s += slabEvery) {
          const { x, y } = at(s * perSlab, -0.4, 0.6);
          labels.push({ text: `t=${s * line.block.t}`, x, y, kind: 'slab' });
        }
        const end = at(count - 1, 0.7, 0);
        labels.push({
          text: formatIndex(line.grid.t * line.grid.h * line.grid.w - 1),
          x: end.x,
          y: end.y,
          kind: 'end',
        });
        if (text) {
          const top = at(0, -0.5, 1.1);
          labels.push({ text: textLabel(text), x: top.x, y: top.y, kind: 'text' });
        }
        const bottom = _point.set(0, -(line.line.height / 2) * line.pitch, 0);
        const legendAt = toScreen(camera, bottom, width, height);
        labels.push({ text: legend, x: legendAt.x, y: legendAt.y, kind: 'legend' });
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
