// A strip of the selected token's pixels, one tile per frame it covers: the numbers a token is made of.
import { noisyRgba } from '../model/noise';
import type { Tile } from '../model/token-pixels';
import { CPU_CANVAS } from './dom';
import { STRINGS } from './strings';

const GAP_PX = 2;

export function createStrip(root: HTMLElement) {
  const figure = document.createElement('figure');
  figure.className = 'strip';
  const canvas = document.createElement('canvas');
  canvas.dataset.testid = 'token-strip';
  const caption = document.createElement('figcaption');
  caption.textContent = STRINGS.strip;
  figure.append(canvas, caption);
  root.append(figure);
  return {
    /** `noise` (0..1) mixes the diffusion noise into the pixels, as the 3D view does. */
    update(tiles: readonly Tile[] | null, noise = 0) {
      figure.hidden = !tiles || tiles.length === 0;
      if (!tiles || tiles.length === 0) return;
      canvas.width = tiles.reduce((sum, tile) => sum + tile.widthPx + GAP_PX, -GAP_PX);
      canvas.height = Math.max(...tiles.map((tile) => tile.heightPx));
      const context = canvas.getContext('2d', CPU_CANVAS);
      if (!context) return;
      caption.textContent = noise > 0 ? `${STRINGS.strip} ${STRINGS.figures.noisy}` : STRINGS.strip;
      canvas.dataset.noise = String(noise);
      let x = 0;
      for (const [i, tile] of tiles.entries()) {
        const rgba = noisyRgba(new Uint8ClampedArray(tile.rgba), noise, i * 7919 * 4);
        context.putImageData(new ImageData(new Uint8ClampedArray(rgba), tile.widthPx, tile.heightPx), x, 0);
        x += tile.widthPx + GAP_PX;
      }
    },
  };
}
