// What the 3D view's picture looks like: large grids read calmly (no glitter of cut lines), the latent is drawn
// as flat voxels, and an embed frames the cubes in the space above its overlays.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { type Picture, pictureOf, sharedBrowser, withApp } from './browser';

const browser = sharedBrowser();

/** The view alone: an embed without readout and tour, its link and drag hint hidden from the picture. */
const ALONE = 'embed=1&hide=readout,tour';
const VIEWPORT = { width: 600, height: 400 };

/** Waits until the view has drawn and then drawn nothing new for ten animation frames. */
async function quietView(page: Page): Promise<void> {
  await page.waitForFunction(() => Number(document.querySelector('#view canvas')?.getAttribute('data-frames')) > 0);
  await page.evaluate(async () => {
    const frames = () => Number(document.querySelector('#view canvas')?.getAttribute('data-frames'));
    let last = frames();
    for (let still = 0; still < 10;) {
      await new Promise((resolve) => requestAnimationFrame(resolve));
      const now = frames();
      still = now === last ? still + 1 : 0;
      last = now;
    }
  });
  await page.addStyleTag({ content: '.drag-hint, .open-full { visibility: hidden !important; }' });
}

const luma = (p: Picture, x: number, y: number): number => {
  const i = 3 * (y * p.width + x);
  return 0.299 * p.rgb[i]! + 0.587 * p.rgb[i + 1]! + 0.114 * p.rgb[i + 2]!;
};

/** Whether a pixel is the volume (the clip's colours) rather than the page's grey background and shadows. */
const isVolume = (p: Picture, x: number, y: number): boolean => {
  const i = 3 * (y * p.width + x);
  const [r, g, b] = [p.rgb[i]!, p.rgb[i + 1]!, p.rgb[i + 2]!];
  return Math.max(r, g, b) - Math.min(r, g, b) > 40;
};

/** The box of the volume's pixels: what the view draws. */
function drawnBox(p: Picture): { left: number; right: number; top: number; bottom: number } {
  const box = { left: p.width, right: -1, top: p.height, bottom: -1 };
  for (let y = 0; y < p.height; y++)
    for (let x = 0; x < p.width; x++) {
      if (!isVolume(p, x, y)) continue;
      box.left = Math.min(box.left, x);
      box.right = Math.max(box.right, x);
      box.top = Math.min(box.top, y);
      box.bottom = Math.max(box.bottom, y);
    }
  return box;
}

/** Mean luma step between neighbouring pixels of the volume: high where cut lines alias into glitter. */
function roughness(p: Picture): number {
  let sum = 0;
  let n = 0;
  for (let y = 0; y < p.height - 1; y++)
    for (let x = 1; x < p.width - 1; x++) {
      if (!isVolume(p, x, y)) continue;
      const here = luma(p, x, y);
      sum += Math.abs(luma(p, x + 1, y) - here) + Math.abs(luma(p, x, y + 1) - here);
      n++;
    }
  return sum / Math.max(1, n);
}

async function pictureAt(hash: string): Promise<Picture> {
  return withApp(browser(), `${hash}&${ALONE}`, { viewport: VIEWPORT }, async ({ page, errors }) => {
    await quietView(page);
    const picture = await pictureOf(page);
    expect(errors).toEqual([]);
    return picture;
  });
}

describe('large grids', () => {
  it('read calmly: at 118,800 tokens the faces are smoother than with a coarse grid of visible cut lines', async () => {
    // The same volume and camera (explode 0): 33×45×80 tokens, then 33×10×10 whose lines are well apart.
    const input = 'w=1280&h=720&t=129&vae=4x8x8&explode=0';
    const fine = roughness(await pictureAt(`${input}&patch=1x2x2`));
    const coarse = roughness(await pictureAt(`${input}&patch=1x9x16`));
    // Measured in software WebGL: 56.7 against 36.8 when every cut line was drawn (glitter); 3.5 against 18.0 now.
    expect(fine).toBeLessThan(0.5 * coarse);
  });
});

describe('the latent', () => {
  it('is drawn as flat voxels, one colour each, that differ from the pixels', async () => {
    // Straight at the front face: 320×180 px in latent voxels of 8×8 px, 40 across.
    const hash = 'w=320&h=180&t=16&vae=4x8x8&patch=1x9x8&explode=0&cam=0,0,1.3';
    const latent = await pictureAt(`${hash}&space=latent`);
    const pixels = await pictureAt(hash);
    const box = drawnBox(latent);
    const cell = (box.right + 1 - box.left) / 40;
    expect(cell).toBeGreaterThan(6); // a voxel is big enough on screen to look inside it
    const y = Math.round(box.top + 0.55 * (box.bottom - box.top)); // a row of real pixels, above the padding
    let inside = 0;
    let apart = 0;
    for (let c = 0; c < 40; c++) {
      const [a, b] = [0.3, 0.7].map((f) => Math.round(box.left + (c + f) * cell));
      inside += Math.abs(luma(latent, a!, y) - luma(latent, b!, y));
      apart += Math.abs(luma(latent, a!, y) - luma(pixels, a!, y));
    }
    expect(inside / 40).toBeLessThan(1.5); // within a voxel, one colour
    expect(apart / 40).toBeGreaterThan(1); // and not the pixel picture
  });
});

describe('an embed', () => {
  for (const viewport of [
    { width: 600, height: 400 },
    { width: 400, height: 300 },
  ])
    it(`at ${viewport.width}×${viewport.height} frames the whole volume above the tour card`, async () => {
      await withApp(browser(), 'step=latent&embed=1', { viewport }, async ({ page, errors }) => {
        await quietView(page);
        const canvas = (await page.locator('#view canvas').boundingBox())!;
        const overlay = (await page.locator('.overlay').boundingBox())!;
        expect(overlay.y).toBeGreaterThanOrEqual(canvas.y + canvas.height - 1); // the card never covers the view
        const box = drawnBox(await pictureOf(page));
        const picture = { width: Math.round(canvas.width), height: Math.round(canvas.height) };
        // The volume lies inside the view, not cut at any edge, and fills a fair part of it.
        expect(box.left).toBeGreaterThan(2);
        expect(box.top).toBeGreaterThan(2);
        expect(box.right).toBeLessThan(picture.width - 3);
        expect(box.bottom).toBeLessThan(picture.height - 3);
        expect(box.bottom - box.top).toBeGreaterThan(0.4 * picture.height);
        expect(errors).toEqual([]);
      });
    });
});
