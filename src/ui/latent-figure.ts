// The latent step's figure: the pixels one latent voxel encodes (4 frames × 8 × 8 by default), an arrow, the
// voxel, and its C channels as a bar each. The channel values are illustrative, and the caption says so.
import { type Dims, formatDims } from '../model/grid';
import type { Rgb, Voxel } from '../model/latent-voxels';
import { CPU_CANVAS, imageFigure } from './dom';
import { STRINGS } from './strings';

export interface LatentFigureModel {
  readonly pixels: readonly (readonly (readonly (Rgb | null)[])[])[]; // [frame][row][column]
  readonly voxel: Voxel;
  readonly stride: Dims;
}

const WIDTH = 400; // px
const HEIGHT = 96;
const FRAME_PX = 40;

export const css = (rgb: Rgb | null) =>
  rgb ? `rgb(${Math.round(rgb[0] * 255)} ${Math.round(rgb[1] * 255)} ${Math.round(rgb[2] * 255)})` : 'transparent';

/** A diverging colour for a channel value in [-1, 1]: blue below zero, orange above. */
export function channelColour(value: number): string {
  const a = Math.min(1, Math.abs(value));
  return value < 0
    ? `rgb(${80 - 40 * a} ${140 - 20 * a} 255 / ${0.35 + 0.65 * a})`
    : `rgb(255 ${170 - 60 * a} 40 / ${0.35 + 0.65 * a})`;
}

function drawPixels(g: CanvasRenderingContext2D, pixels: LatentFigureModel['pixels']): number {
  const top = (HEIGHT - FRAME_PX) / 2;
  pixels.forEach((frame, k) => {
    const x0 = 4 + k * (FRAME_PX + 6);
    const cell = FRAME_PX / Math.max(1, frame.length, frame[0]?.length ?? 1);
    frame.forEach((row, j) =>
      row.forEach((rgb, i) => {
        g.fillStyle = css(rgb);
        g.fillRect(x0 + i * cell, top + j * cell, Math.ceil(cell), Math.ceil(cell));
      }),
    );
    g.strokeStyle = 'rgba(128,128,128,0.8)';
    g.strokeRect(x0 + 0.5, top + 0.5, FRAME_PX - 1, FRAME_PX - 1);
  });
  return 4 + pixels.length * (FRAME_PX + 6);
}

function drawArrow(g: CanvasRenderingContext2D, x: number, colour: string): void {
  const y = HEIGHT / 2;
  g.strokeStyle = colour;
  g.fillStyle = colour;
  g.lineWidth = 2;
  g.beginPath();
  g.moveTo(x, y);
  g.lineTo(x + 22, y);
  g.stroke();
  g.beginPath();
  g.moveTo(x + 28, y);
  g.lineTo(x + 20, y - 5);
  g.lineTo(x + 20, y + 5);
  g.fill();
  g.lineWidth = 1;
}

export function createLatentFigure(root: HTMLElement) {
  const { figure, canvas, caption } = imageFigure(root, 'tour-fig latent-fig', 'latent-figure');
  canvas.width = WIDTH;
  canvas.height = HEIGHT;
  return {
    update(model: LatentFigureModel | null) {
      figure.hidden = model === null;
      if (!model) return;
      const { stride, voxel } = model;
      const text = STRINGS.figures.latent(formatDims(stride, ' × '), voxel.channels.length);
      caption.textContent = text;
      canvas.setAttribute('aria-label', text);
      const g = canvas.getContext('2d', CPU_CANVAS);
      if (!g) return;
      g.clearRect(0, 0, WIDTH, HEIGHT);
      const ink = getComputedStyle(figure).color || '#888';
      let x = drawPixels(g, model.pixels) + 4;
      drawArrow(g, x, ink);
      x += 36;
      g.fillStyle = css(voxel.rgb);
      g.fillRect(x, (HEIGHT - 24) / 2, 24, 24);
      g.strokeStyle = ink;
      g.strokeRect(x + 0.5, (HEIGHT - 24) / 2 + 0.5, 23, 23);
      x += 30;
      drawArrow(g, x, ink);
      x += 36;
      // One bar per channel, up for positive values and down for negative ones.
      const n = voxel.channels.length;
      const barPx = Math.max(1, Math.min(10, Math.floor((WIDTH - x - 4) / Math.max(1, n))));
      const mid = HEIGHT / 2;
      g.fillStyle = ink;
      g.fillRect(x, mid, barPx * n, 1);
      voxel.channels.forEach((value, c) => {
        g.fillStyle = channelColour(value);
        const h = value * (HEIGHT / 2 - 8);
        g.fillRect(x + c * barPx, Math.min(mid, mid - h), Math.max(1, barPx - 1), Math.abs(h));
      });
    },
  };
}
