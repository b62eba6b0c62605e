// The token sequence: cubes fly into a line in t-major raster order, with index marks, and back.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { openApp, sharedBrowser, withApp } from './browser';

const browser = sharedBrowser();

// 4×4×8 = 128 tokens; each token frame is a 4-row × 8 tile, two tiles across (view/line.ts).
const SMALL = 'w=320&h=180&t=16&vae=1x1x1&patch=4x45x40';

const marks = (page: Page) =>
  page.evaluate(() => ({
    opacity: Number(getComputedStyle(document.querySelector('.seq-marks')!).opacity),
    rows: [...document.querySelectorAll('.seq-marks .row:not([hidden])')].map((n) => n.textContent),
    slabs: [...document.querySelectorAll('.seq-marks .slab:not([hidden])')].map((n) => n.textContent),
    end: document.querySelector('.seq-marks .end:not([hidden])')?.textContent ?? null,
  }));

describe('sequence view', () => {
  it('labels each row with its first token’s index and marks where each time slab starts', async () => {
    const { page, errors } = await openApp(browser(), `${SMALL}&view=sequence`, { reducedMotion: 'reduce' });
    const shown = await marks(page);
    expect(shown.opacity).toBe(1);
    // Rows of the left tiles (frames 0 and 2) are image rows: each starts at a multiple of W′ = 8.
    expect(shown.rows).toEqual(['0', '8', '16', '24', '64', '72', '80', '88']);
    expect(shown.slabs).toEqual(['t=0', 't=1', 't=2', 't=3']); // every 32 tokens: 4 × 8 per slab
    expect(shown.end).toBe('127');
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('starts every row at an image row: each row label is a multiple of W′, at the default clip too', async () => {
    const { page, errors } = await openApp(browser(), 'view=sequence', { reducedMotion: 'reduce' });
    const grid = await page.getAttribute('[data-testid=token-grid]', 'data-value');
    const width = Number(grid?.split('x')[2]);
    const shown = await marks(page);
    expect(width).toBeGreaterThan(1);
    expect(shown.rows.length).toBeGreaterThan(2);
    for (const label of shown.rows) expect(Number(label?.replace(/,/g, '')) % width).toBe(0);
    expect(shown.slabs[0]).toBe('t=0');
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('draws the packed clips at the packing step: a different picture from the single-clip line, one draw call', async () => {
    const { page, errors } = await openApp(browser(), 'step=packing', { reducedMotion: 'reduce' });
    const canvas = page.locator('canvas').first();
    const drawn = () => page.waitForFunction(() => Number(document.querySelector('canvas')?.dataset.frames ?? 0) > 0);
    await drawn();
    // The packed line is not this clip's tokens: no per-token row labels.
    expect((await marks(page)).rows).toEqual([]);
    expect(await canvas.getAttribute('data-calls')).toBe('1');
    const packed = await canvas.screenshot();
    await page.evaluate(() => (window.location.hash = 'step=sequence'));
    await page.waitForFunction(() => document.querySelectorAll('.seq-marks .row:not([hidden])').length > 0);
    expect(await canvas.getAttribute('data-calls')).toBe('1');
    const single = await canvas.screenshot();
    expect(Buffer.compare(packed, single)).not.toBe(0);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('takes the marks away when the cubes go back into the volume', async () => {
    await withApp(browser(), `${SMALL}&view=sequence`, { reducedMotion: 'reduce' }, async ({ page, errors }) => {
      await page.evaluate((hash) => (window.location.hash = hash), `${SMALL}&view=cubes`);
      await page.waitForFunction(() => document.querySelectorAll('.seq-marks span:not([hidden])').length === 0);
      expect((await marks(page)).opacity).toBe(0);
      expect(errors).toEqual([]);
    });
  });
});
