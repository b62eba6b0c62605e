// The token sequence: cubes fly into a line in t-major raster order, with index marks, and back.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { sharedBrowser, withApp } from './browser';

const browser = sharedBrowser();

// 4×4×8 = 128 tokens; the line wraps at ⌈√(128·2.5)⌉ = 18 per row.
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
    await withApp(browser(), `${SMALL}&view=sequence`, { reducedMotion: 'reduce' }, async ({ page, errors }) => {
      const shown = await marks(page);
      expect(shown.opacity).toBe(1);
      expect(shown.rows.slice(0, 3)).toEqual(['0', '18', '36']);
      expect(shown.slabs).toEqual(['t=0', 't=1', 't=2', 't=3']); // every 32 tokens: 4 × 8 per slab
      expect(shown.end).toBe('127');
      expect(errors).toEqual([]);
    });
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
