// The foundation's public checks, on the built app in headless Chromium.
import { describe, expect, it } from 'vitest';
import { canvasStats, readouts, sharedBrowser, withApp } from './browser';

const browser = sharedBrowser();

const PIXEL_PATCHES = 'w=640&h=360&t=32&vae=1x1x1&patch=2x16x16';

describe('token count through the URL contract', () => {
  it('crops 640×360×32 into 16x22x40 = 14080 tokens', async () => {
    await withApp(browser(), `${PIXEL_PATCHES}&fit=crop`, async ({ page, errors }) => {
      expect(await readouts(page)).toMatchObject({
        status: 'ready',
        tokenCount: '14080',
        tokenGrid: '16x22x40',
        inputShape: '32x360x640',
      });
      expect(errors).toEqual([]);
    });
  });

  it('pads the same input into 16x23x40 = 14720 tokens', async () => {
    await withApp(browser(), `${PIXEL_PATCHES}&fit=pad`, async ({ page, errors }) => {
      expect(await readouts(page)).toMatchObject({ tokenCount: '14720', tokenGrid: '16x23x40' });
      expect(errors).toEqual([]);
    });
  });

  it('gives ViViT 8x14x14 = 1568 tokens for 224×224×16 with 2×16×16 tubelets', async () => {
    await withApp(browser(), 'w=224&h=224&t=16&vae=1x1x1&patch=2x16x16', async ({ page, errors }) => {
      expect(await readouts(page)).toMatchObject({
        tokenCount: '1568',
        tokenGrid: '8x14x14',
        inputShape: '16x224x224',
      });
      expect(errors).toEqual([]);
    });
  });

  it('follows a hash change while the page is open', async () => {
    await withApp(browser(), `${PIXEL_PATCHES}&fit=crop`, async ({ page, errors }) => {
      await page.evaluate((hash) => (window.location.hash = hash), 'w=224&h=224&t=16&vae=1x1x1&patch=2x16x16');
      await page.waitForFunction(
        () => document.querySelector('[data-testid=token-count]')?.getAttribute('data-value') === '1568',
      );
      expect(await readouts(page)).toMatchObject({ tokenGrid: '8x14x14', inputShape: '16x224x224' });
      expect(errors).toEqual([]);
    });
  });

  it('clamps a bad value, says so, and still counts', async () => {
    await withApp(browser(), 'w=224&h=224&t=16&vae=1x1x1&patch=0x16x16&view=<b>x</b>', async ({ page, errors }) => {
      expect(await readouts(page)).toMatchObject({ status: 'ready', tokenGrid: '16x14x14' });
      const notes = await page.locator('.notes').innerText();
      expect(notes).toContain('patch=');
      expect(notes).toContain('<b>x</b>'); // shown as text, never parsed as HTML
      expect(await page.locator('.notes b').count()).toBe(0);
      expect(errors).toEqual([]);
    });
  });

  it('writes the state back into the hash without adding history entries', async () => {
    await withApp(browser(), `${PIXEL_PATCHES}&fit=crop`, async ({ page }) => {
      const before = await page.evaluate(() => history.length);
      await page
        .locator('.lil-gui select')
        .filter({ has: page.locator('option', { hasText: /^pad$/ }) })
        .selectOption({ label: 'pad' });
      await page.waitForFunction(() => !window.location.hash.includes('fit=crop'));
      expect(await readouts(page)).toMatchObject({ tokenCount: '14720' });
      expect(await page.evaluate(() => history.length)).toBe(before);
    });
  });
});

describe('the default view', () => {
  it('shows the bundled clip on the canvas, not a blank frame', async () => {
    await withApp(browser(), '', async ({ page, errors }) => {
      expect(await readouts(page)).toMatchObject({ status: 'ready', inputShape: '49x360x640' });
      const stats = await canvasStats(page);
      expect(stats.colours).toBeGreaterThan(50);
      expect(stats.lumaStdDev).toBeGreaterThan(10);
      // WebGL works here: no notice says otherwise (the view's code arrives as a lazy chunk, after the first paint).
      expect(await page.locator('.view-notice').isHidden()).toBe(true);
      expect(await page.locator('.no-webgl').count()).toBe(0);
      expect(errors).toEqual([]);
    });
  });
});
