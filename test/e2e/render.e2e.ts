// Render on demand: a store change that changes nothing drawn draws no frame (each costs up to a second
// in software WebGL), and one that does change the picture still draws.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, openApp } from './browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const SMALL = 'w=320&h=180&t=16&vae=1x1x1&patch=4x45x40';

/** Frames drawn because of a hash change: counted two animation frames after the store has taken it in. */
function framesAfterHash(page: Page, hash: string): Promise<number> {
  return page.evaluate(async (next) => {
    const frames = () => Number(document.querySelector('#view canvas')?.getAttribute('data-frames'));
    const nextFrame = () => new Promise((resolve) => requestAnimationFrame(resolve));
    await nextFrame();
    await nextFrame();
    const before = frames();
    const changed = new Promise((resolve) => addEventListener('hashchange', resolve, { once: true }));
    location.hash = next;
    await changed;
    // A frame the change asked for is drawn in the next animation frame, before ours run.
    await nextFrame();
    await nextFrame();
    return frames() - before;
  }, hash);
}

describe('render on demand', () => {
  it('draws no frame for a hash change that changes nothing drawn, and one for a change that does', async () => {
    const { page, errors } = await openApp(browser, SMALL);
    // The same state spelled differently: the store gets new params, the view gets equal values.
    expect(await framesAfterHash(page, `${SMALL}&`)).toBe(0);
    expect(await framesAfterHash(page, `${SMALL}&theme=dark`)).toBe(0);
    expect(await framesAfterHash(page, `${SMALL}&theme=dark&explode=0.6`)).toBeGreaterThan(0);
    expect(errors).toEqual([]);
    await page.context().close();
  });
});

describe('software WebGL', () => {
  it('draws without multisampling on a CPU renderer, and says so on the canvas', async () => {
    const { page, errors } = await openApp(browser, SMALL);
    const seen = await page.evaluate(() => {
      const gl = document.createElement('canvas').getContext('webgl2');
      const info = gl?.getExtension('WEBGL_debug_renderer_info');
      const canvas = document.querySelector<HTMLCanvasElement>('#view canvas');
      return {
        renderer: info ? String(gl?.getParameter(info.UNMASKED_RENDERER_WEBGL)) : '',
        antialias: canvas?.dataset.antialias,
        canvases: document.querySelectorAll('#view canvas').length,
      };
    });
    expect(seen.renderer).toMatch(/SwiftShader/); // the flags these tests run Chromium with
    expect(seen.antialias).toBe('false');
    expect(seen.canvases).toBe(1); // the multisampled canvas tried first is not left behind
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
