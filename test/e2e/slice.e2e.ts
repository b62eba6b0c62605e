// The slice plane: from the URL, in the 3D view and as a flat figure, picking on the cut face, and bad values.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { canvasStats, meanDifference, readouts, sharedBrowser, withApp } from './browser';

const browser = sharedBrowser();

// 16 frames of 224×224 in pixel space, 2×16×16 patches: an 8×14×14 grid, small enough for software GL.
const SMALL = 'w=224&h=224&t=16&vae=1x1x1&patch=2x16x16&explode=0';

async function goTo(page: Page, hash: string): Promise<void> {
  const frames = await page.evaluate(() => Number(document.querySelector('#view canvas')?.getAttribute('data-frames')));
  await page.evaluate((h) => (window.location.hash = h), hash);
  await page.waitForFunction(
    (n) => Number(document.querySelector('#view canvas')?.getAttribute('data-frames')) > n,
    frames,
  );
}

const section = (page: Page) =>
  page.evaluate(() => document.querySelector('[data-testid=slice-section]')?.getAttribute('data-value') ?? null);

describe('slice plane', () => {
  it('cuts the volume open on the named row, and draws the cross-section flat', async () => {
    await withApp(browser(), SMALL, async ({ page, errors }) => {
      expect(await section(page)).toBeNull();
      expect(await page.locator('.section').isHidden()).toBe(true);
      const whole = await page.locator('#view canvas').screenshot();

      await goTo(page, `${SMALL}&slice=xt&at=0.5`);
      expect(await section(page)).toBe('xt@112');
      const cut = await page.locator('#view canvas').screenshot();
      expect(await meanDifference(page, whole, cut)).toBeGreaterThan(3);
      expect((await canvasStats(page, '[data-testid=slice-section]')).colours).toBeGreaterThan(20);
      expect(await page.locator('.section figcaption').textContent()).toContain('Pixel row 112 of every frame');
      // The token count does not change: slicing only opens the view.
      expect((await readouts(page)).tokenCount).toBe(String(8 * 14 * 14));

      await goTo(page, `${SMALL}&slice=yt&at=0.5`);
      expect(await section(page)).toBe('yt@112');
      const other = await page.locator('#view canvas').screenshot();
      expect(await meanDifference(page, cut, other)).toBeGreaterThan(3);
      expect(errors).toEqual([]);
    });
  });

  it('picks the token on the cut face, not one the cut took away', async () => {
    // Face on, frame 0 in front; x–y at frame 8 takes frames 0–7 away, so the centre is token (4, 7, 7).
    await withApp(browser(), `${SMALL}&cam=0,0,1&slice=xy&at=0.5`, async ({ page, errors }) => {
      expect(await section(page)).toBe('xy@8');
      const box = (await page.locator('#view canvas').boundingBox())!;
      await page.mouse.click(box.x + box.width / 2 + 2, box.y + box.height / 2 + 2);
      await page.waitForFunction(
        () => document.querySelector('[data-testid=token-inspector]')?.getAttribute('data-value') === '4,7,7',
      );
      expect(await page.evaluate(() => window.location.hash)).toContain(`token=${4 * 196 + 7 * 14 + 7}`);
      expect(errors).toEqual([]);
    });
  });

  it('ignores an unknown plane and clamps the position, with a note', async () => {
    await withApp(browser(), `${SMALL}&slice=diagonal&at=7`, async ({ page, errors }) => {
      expect(await section(page)).toBeNull();
      const notes = await page.locator('.notes').textContent();
      expect(notes).toContain('slice=');
      expect(notes).toContain('at=');
      expect(errors).toEqual([]);
    });
  });
});
