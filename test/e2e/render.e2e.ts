// Render on demand: a store change that changes nothing drawn draws no frame (each costs up to a second
// in software WebGL), and one that does change the picture still draws.
import { describe, expect, it } from 'vitest';
import { framesForHash, sharedBrowser, withApp } from './browser';

const browser = sharedBrowser();

const SMALL = 'w=320&h=180&t=16&vae=1x1x1&patch=4x45x40';

describe('render on demand', () => {
  it('draws no frame for a hash change that changes nothing drawn, and one for a change that does', async () => {
    await withApp(browser(), SMALL, async ({ page, errors }) => {
      // The same state spelled differently: the store gets new params, the view gets equal values.
      expect(await framesForHash(page, `${SMALL}&`)).toBe(0);
      expect(await framesForHash(page, `${SMALL}&theme=dark`)).toBe(0);
      expect(await framesForHash(page, `${SMALL}&theme=dark&explode=0.6`)).toBeGreaterThan(0);
      expect(errors).toEqual([]);
    });
  });
});

describe('multisampling', () => {
  it('is on where a GPU draws and off on a CPU renderer, and the canvas says which', async () => {
    await withApp(browser(), SMALL, async ({ page, errors }) => {
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
      expect(seen.renderer).not.toBe('');
      // The same names src/view/render-context.ts takes for WebGL on the CPU (SwiftShader here, a GPU elsewhere).
      const software = /swiftshader|llvmpipe|softpipe|software|basic render/i.test(seen.renderer);
      expect(seen.antialias).toBe(String(!software));
      expect(seen.canvases).toBe(1); // the multisampled canvas tried first is not left behind
      expect(errors).toEqual([]);
    });
  });
});
