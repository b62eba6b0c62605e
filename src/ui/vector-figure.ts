// The tokens step's figure: the selected cube flattened into its one row of C·pt·ph·pw numbers. Each number is
// a small cell (blue below zero, orange above); a band above each group has the colour of the voxel (or pixel)
// the numbers come from.
import { type Dims, formatDims } from '../model/grid';
import type { Voxel } from '../model/latent-voxels';
import { CPU_CANVAS, imageFigure } from './dom';
import { channelColour, css } from './latent-figure';
import { STRINGS, formatInt } from './strings';

export interface VectorFigureModel {
  readonly voxels: readonly Voxel[];
  readonly patch: Dims;
  readonly pixels: boolean; // the numbers are colours (no VAE)
  readonly values: number; // C·pt·ph·pw, the whole vector (the figure may draw a prefix)
}

const WIDTH = 400; // px
const BAND_PX = 5;
const CELL_H_PX = 14;

export function createVectorFigure(root: HTMLElement) {
  const { figure, canvas, caption } = imageFigure(root, 'tour-fig vector-fig', 'vector-figure');
  canvas.width = WIDTH;
  return {
    update(model: VectorFigureModel | null) {
      figure.hidden = model === null;
      if (!model) return;
      const { voxels, patch, values } = model;
      const perVoxel = voxels[0]?.channels.length ?? 0;
      const shown = voxels.length * perVoxel;
      const dims = formatDims(patch, ' × ');
      const text = model.pixels
        ? STRINGS.figures.pixelVector(dims, formatInt(values))
        : STRINGS.figures.vector(dims, perVoxel, formatInt(values));
      caption.textContent = text;
      canvas.setAttribute('aria-label', text);
      canvas.dataset.value = String(values);
      // Cells as wide as fit one row, but at least 2 px; then the row wraps.
      const cell = Math.max(2, Math.min(12, Math.floor((WIDTH - voxels.length) / Math.max(1, shown))));
      const perRow = Math.floor(WIDTH / cell);
      const rows = Math.max(1, Math.ceil((shown * cell + voxels.length) / (perRow * cell)));
      const rowPx = BAND_PX + CELL_H_PX + 4;
      canvas.height = rows * rowPx;
      const g = canvas.getContext('2d', CPU_CANVAS);
      if (!g) return;
      g.clearRect(0, 0, canvas.width, canvas.height);
      let x = 0;
      let y = 0;
      for (const voxel of voxels) {
        for (const value of voxel.channels) {
          if (x + cell > WIDTH) [x, y] = [0, y + rowPx];
          g.fillStyle = css(voxel.rgb);
          g.fillRect(x, y, cell, BAND_PX);
          g.fillStyle = model.pixels ? channelColour(value * 2 - 1) : channelColour(value);
          g.fillRect(x, y + BAND_PX + 1, Math.max(1, cell - (cell > 3 ? 1 : 0)), CELL_H_PX);
          x += cell;
        }
        x += 1; // a hairline between voxels
      }
    },
  };
}
