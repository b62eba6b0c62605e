// Loading the user's own clip through input[type=file].
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { canvasStats, readouts, sharedBrowser, withApp } from './browser';

const fixture = (name: string) => fileURLToPath(new URL(`../fixtures/${name}`, import.meta.url));

const browser = sharedBrowser();

describe('your own clip', () => {
  it('loads a generated 160×96, 16-frame MP4 and counts its tokens', async () => {
    await withApp(browser(), 'vae=1x1x1&patch=2x16x16&fit=pad', async ({ page, errors }) => {
      await page.locator('input[type=file]').setInputFiles(fixture('small-160x96.mp4'));
      await page.waitForFunction(
        () => document.querySelector('[data-testid=input-shape]')?.getAttribute('data-value') === '16x96x160',
      );
      // 16/2 × 96/16 × 160/16 = 8 × 6 × 10
      expect(await readouts(page)).toMatchObject({ status: 'ready', tokenGrid: '8x6x10', tokenCount: '480' });
      expect(await page.evaluate(() => window.location.hash)).toContain('clip=local');
      expect((await canvasStats(page)).colours).toBeGreaterThan(30);
      expect(errors).toEqual([]);
    });
  });
});
