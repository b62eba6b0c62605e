// Selecting tokens: by URL, and by clicking a cube.
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openApp, readouts, sharedBrowser, withApp } from './browser';
import { loadFixture, trackLoads } from './media-helpers';

const browser = sharedBrowser();

const EXAMPLE = 'w=640&h=360&t=32&vae=1x1x1&patch=2x16x16&fit=crop';

describe('token inspector', () => {
  it('reads token=45 as (0, 1, 5) and token=1000 as (1, 3, 0) in t-major raster order', async () => {
    await withApp(browser(), `${EXAMPLE}&token=45`, async ({ page, errors }) => {
      expect((await readouts(page)).tokenInspector).toBe('0,1,5');
      await page.evaluate((hash) => (window.location.hash = hash), `${EXAMPLE}&token=1000`);
      await page.waitForFunction(
        () => document.querySelector('[data-testid=token-inspector]')?.getAttribute('data-value') === '1,3,0',
      );
      // Its place in the whole line: 1,001st of 16·22·40 = 14,080, in the second time slab.
      expect(await page.locator('.seq-position').getAttribute('aria-label')).toBe(
        'In the sequence: token 1,001 of 14,080, in time slab 2 of 16.',
      );
      expect(errors).toEqual([]);
    });
  });

  it('clamps a token past the end to the last one', async () => {
    await withApp(browser(), 'w=224&h=224&t=16&vae=1x1x1&patch=2x16x16&token=999999', async ({ page }) => {
      expect((await readouts(page)).tokenInspector).toBe('7,13,13');
    });
  });

  it('selects the token under a click and writes it to the URL', async () => {
    await withApp(
      browser(),
      'w=224&h=224&t=16&vae=1x1x1&patch=2x16x16&explode=0&cam=0,0,1',
      async ({ page, errors }) => {
        const box = (await page.locator('#view canvas').boundingBox())!;
        // Face on, frame 0 in front: the centre of the view is token (0, 7, 7), index 7·14 + 7 = 105.
        await page.mouse.click(box.x + box.width / 2 + 2, box.y + box.height / 2 + 2);
        await page.waitForFunction(
          () => document.querySelector('[data-testid=token-inspector]')?.getAttribute('data-value') === '0,7,7',
        );
        expect(await page.evaluate(() => window.location.hash)).toContain('token=105');
        expect(errors).toEqual([]);
      },
    );
  });
});

describe('hover', () => {
  it('previews the token under the mouse without touching the link, and goes back when the mouse leaves', async () => {
    await withApp(
      browser(),
      'w=224&h=224&t=16&vae=1x1x1&patch=2x16x16&explode=0&cam=0,0,1&token=3',
      async ({ page, errors }) => {
        const inspector = () =>
          page.evaluate(() => document.querySelector('[data-testid=token-inspector]')?.getAttribute('data-value'));
        expect(await inspector()).toBe('0,0,3');
        const box = (await page.locator('#view canvas').boundingBox())!;
        await page.mouse.move(box.x + box.width / 2 + 2, box.y + box.height / 2 + 2);
        await page.waitForFunction(
          () => document.querySelector('[data-testid=token-inspector]')?.getAttribute('data-value') === '0,7,7',
        );
        expect(await page.locator('[data-testid=token-inspector]').textContent()).toContain('under the pointer');
        expect(await page.evaluate(() => window.location.hash)).toContain('token=3');
        await page.mouse.move(box.x + 2, box.y + 2); // the empty corner: no cube there
        await page.waitForFunction(
          () => document.querySelector('[data-testid=token-inspector]')?.getAttribute('data-value') === '0,0,3',
        );
        expect(errors).toEqual([]);
      },
    );
  });
});

describe('keyboard', () => {
  it('moves the selection from token 0 to (0, 0, 1) with ArrowRight, and along t with PageDown', async () => {
    await withApp(browser(), 'w=224&h=224&t=16&vae=1x1x1&patch=2x16x16&token=0', async ({ page, errors }) => {
      await page.locator('#view').focus();
      await page.keyboard.press('ArrowRight');
      await page.waitForFunction(
        () => document.querySelector('[data-testid=token-inspector]')?.getAttribute('data-value') === '0,0,1',
      );
      await page.keyboard.press('PageDown');
      await page.waitForFunction(
        () => document.querySelector('[data-testid=token-inspector]')?.getAttribute('data-value') === '1,0,1',
      );
      expect(await page.evaluate(() => window.location.hash)).toContain('token=197'); // 1·196 + 0·14 + 1
      expect(errors).toEqual([]);
    });
  });
});

describe('a second clip of the same shape', () => {
  /** The commonest colour of a 2D canvas as drawn (grid lines and labels aside), to 8 levels a channel. */
  const commonest = (page: Page, testid: string) =>
    page.evaluate((id) => {
      const canvas = document.querySelector<HTMLCanvasElement>(`[data-testid=${id}]`)!;
      const { data } = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height);
      const counts = new Map<number, number>();
      for (let i = 0; i < data.length; i += 4) {
        const key = ((data[i]! >> 5) << 6) | ((data[i + 1]! >> 5) << 3) | (data[i + 2]! >> 5);
        counts.set(key, (counts.get(key) ?? 0) + 1);
      }
      const [key] = [...counts].reduce((best, entry) => (entry[1] > best[1] ? entry : best));
      return [(key >> 6) * 32 + 16, ((key >> 3) & 7) * 32 + 16, (key & 7) * 32 + 16];
    }, testid);
  const isRed = ([r, g, b]: number[]) => r! > 200 && g! < 60 && b! < 60;
  const isBlue = ([r, g, b]: number[]) => b! > 200 && r! < 60 && g! < 60;

  it("replaces the first clip's pixels in the strip and the slice figure", async () => {
    const { page, errors } = await openApp(browser(), 'slice=xy&at=0.5');
    try {
      await trackLoads(page);
      // Both files: 8 frames of 64×48, the same byte length; one red, one blue.
      await loadFixture(page, 'flat-red-64x48.mp4');
      expect((await readouts(page)).inputShape).toBe('8x48x64');
      expect(await commonest(page, 'token-strip')).toSatisfy(isRed);
      expect(await commonest(page, 'slice-section')).toSatisfy(isRed);
      await loadFixture(page, 'flat-blue-64x48.mp4');
      await page.waitForFunction(() => document.documentElement.dataset.status === 'ready');
      expect(await commonest(page, 'token-strip')).toSatisfy(isBlue);
      expect(await commonest(page, 'slice-section')).toSatisfy(isBlue);
      expect(errors).toEqual([]);
    } finally {
      await page.context().close();
    }
  });
});
