// A browser without WebGL: the panel, the readouts and the formula still work, a notice says why there is no
// 3D view, the page is never blank, and a clip of your own still loads.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { STRINGS } from '../../src/ui/strings';
import { canvasStats, launchBrowser, openApp, readouts } from './browser';
import { loadFixture, trackLoads } from './media-helpers';

let browser: Browser;
let page: Page;
beforeAll(async () => {
  browser = await launchBrowser(['--disable-webgl']);
  ({ page } = await openApp(browser, 'vae=1x1x1&patch=2x16x16'));
  await trackLoads(page);
});
afterAll(async () => {
  await page?.context().close();
  await browser?.close();
});

describe('without WebGL', () => {
  it('is ready with the right numbers and says why there is no 3D view', async () => {
    // The bundled landscape clip, 49×360×640: ⌈49/2⌉ × ⌈360/16⌉ × 640/16 = 25 × 23 × 40.
    expect(await readouts(page)).toMatchObject({
      status: 'ready',
      inputShape: '49x360x640',
      tokenGrid: '25x23x40',
      tokenCount: '23000',
    });
    expect(await page.locator('#view canvas').count()).toBe(0);
    const notice = page.locator('.view-notice');
    expect(await notice.isVisible()).toBe(true);
    expect(await notice.textContent()).toBe(STRINGS.noWebgl);
    expect(await page.locator('.readout').isVisible()).toBe(true);
  });

  it('is not blank', async () => {
    expect((await canvasStats(page, 'body')).colours).toBeGreaterThan(20);
  });

  it('follows the URL and counts again', async () => {
    await page.evaluate(() => (window.location.hash = 'vae=1x1x1&patch=1x32x32&fit=crop'));
    await page.waitForFunction(
      () => document.querySelector('[data-testid=token-grid]')?.getAttribute('data-value') === '49x11x20',
    );
    expect(await readouts(page)).toMatchObject({ status: 'ready', tokenCount: String(49 * 11 * 20) });
  });

  it('still loads your own clip', async () => {
    await loadFixture(page, 'small-160x96.mp4');
    expect(await readouts(page)).toMatchObject({ status: 'ready', inputShape: '16x96x160' });
  });
});
