// The attention matrix as a flat figure on a CPU canvas: rows are queries, columns keys, both in sequence order.
// The (possibly downsampled) mask is computed and painted only when the pattern or the grid changes; moving the
// selected token only repaints the cached picture and its row marker.
import { type AttentionMask, attentionMask, maskRowOf } from '../model/attention-mask';
import type { AttentionSpec } from '../model/attention-pattern';
import type { Dims } from '../model/grid';
import { CPU_CANVAS, canvasFigure } from './dom';
import { STRINGS } from './strings';

const SIDE_PX = 256; // CSS size of the matrix
const LABEL_PX = 34; // left margin for the t=k labels
const PASS_RGB = [
  [77, 163, 255], // spatial (or the only pass): blue
  [255, 159, 28], // temporal: orange
] as const;
const EMPTY_RGB = [22, 27, 34];

function paint(mask: AttentionMask, target: HTMLCanvasElement): void {
  target.width = mask.size;
  target.height = mask.size;
  const context = target.getContext('2d', CPU_CANVAS);
  if (!context) return;
  const image = context.createImageData(mask.size, mask.size);
  const rgba = image.data;
  const [er, eg, eb] = EMPTY_RGB as readonly number[] as [number, number, number];
  const passes = mask.shares.map((share, p) => ({ share, rgb: PASS_RGB[p]! }));
  // A plain loop, no allocation a pixel: 512 × 512 pixels took the page 0.12 s with one.
  for (let i = 0; i < mask.size * mask.size; i++) {
    let r = er;
    let g = eg;
    let b = eb;
    for (let p = 0; p < passes.length; p++) {
      const { share, rgb } = passes[p]!;
      // A share of 0 < s < 1 still shows: brightness grows with the square root, so sparse blocks are visible.
      const s = Math.sqrt(share[i]!);
      r = Math.max(r, er + s * (rgb[0] - er));
      g = Math.max(g, eg + s * (rgb[1] - eg));
      b = Math.max(b, eb + s * (rgb[2] - eb));
    }
    rgba[i * 4] = r;
    rgba[i * 4 + 1] = g;
    rgba[i * 4 + 2] = b;
    rgba[i * 4 + 3] = 255;
  }
  context.putImageData(image, 0, 0);
}

export function createMaskFigure(root: HTMLElement) {
  const { figure, title, canvas, caption } = canvasFigure(root, 'attn-mask', 'h3', 'attn-mask');
  title.textContent = STRINGS.attention.maskTitle;
  const picture = document.createElement('canvas'); // the mask at its own resolution
  let key = '';
  let mask: AttentionMask | null = null;

  function draw(grid: Dims, selected: number | null): void {
    if (!mask) return;
    const ratio = Math.min(window.devicePixelRatio || 1, 2);
    const width = SIDE_PX + LABEL_PX;
    canvas.width = Math.round(width * ratio);
    canvas.height = Math.round((SIDE_PX + 4) * ratio);
    canvas.style.width = `${width}px`;
    canvas.style.height = `${SIDE_PX + 4}px`;
    const context = canvas.getContext('2d', CPU_CANVAS);
    if (!context) return;
    context.setTransform(ratio, 0, 0, ratio, 0, 0);
    context.imageSmoothingEnabled = false;
    context.drawImage(picture, LABEL_PX, 0, SIDE_PX, SIDE_PX);
    // Token-frame blocks: a line and a label where each frame starts, thinned to stay legible.
    const perFrame = grid.h * grid.w;
    const every = Math.max(1, Math.ceil(grid.t / 8));
    context.font = '10px system-ui, sans-serif';
    context.textBaseline = 'middle';
    context.strokeStyle = 'rgba(255, 255, 255, 0.25)';
    context.fillStyle = '#8b949e';
    for (let t = 0; t < grid.t; t++) {
      const at = LABEL_PX + (t * perFrame * SIDE_PX) / mask.tokens;
      const y = (t * perFrame * SIDE_PX) / mask.tokens;
      if (t > 0) {
        context.beginPath();
        context.moveTo(at + 0.5, 0);
        context.lineTo(at + 0.5, SIDE_PX);
        context.moveTo(LABEL_PX, y + 0.5);
        context.lineTo(LABEL_PX + SIDE_PX, y + 0.5);
        context.stroke();
      }
      if (t % every === 0) context.fillText(`t=${t}`, 1, y + Math.min(6, (perFrame * SIDE_PX) / mask.tokens / 2));
    }
    if (selected !== null) {
      const row = maskRowOf(selected, mask.tokens, mask.size);
      const y = ((row + 0.5) * SIDE_PX) / mask.size;
      context.lineWidth = Math.max(1.5, SIDE_PX / mask.size);
      context.strokeStyle = '#ffd23f';
      context.beginPath();
      context.moveTo(LABEL_PX - 6, y);
      context.lineTo(LABEL_PX + SIDE_PX, y);
      context.stroke();
      context.lineWidth = 1;
    }
  }

  return {
    /** Recomputes the mask only for a new pattern or grid; the selection only moves the row marker. */
    update(spec: AttentionSpec | null, grid: Dims | null, selected: number | null): void {
      figure.hidden = !spec || !grid || grid.t * grid.h * grid.w === 0;
      if (!spec || !grid || figure.hidden) return;
      const next = JSON.stringify([spec.pattern, spec.pattern === 'window' ? spec.window : null, grid]);
      if (next !== key) {
        key = next;
        mask = attentionMask(spec, grid);
        paint(mask, picture);
        const exact = mask.size === mask.tokens;
        const two = mask.shares.length === 2 ? ` ${STRINGS.attention.twoPasses}` : '';
        caption.textContent = STRINGS.attention.maskCaption(String(mask.size), exact) + two;
        canvas.setAttribute('aria-label', caption.textContent);
        canvas.dataset.value = `${spec.pattern}@${mask.size}`;
      }
      draw(grid, selected);
    },
  };
}
