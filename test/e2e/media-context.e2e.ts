// A lost WebGL context (GPU reset, too many contexts): a notice shows and the numbers still work; when the
// browser restores the context the view is drawn again, without a reload.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { STRINGS } from '../../src/ui/strings';
import { canvasStats, launchBrowser, openApp, readouts } from './browser';

interface LoseContext {
  __lose: WEBGL_lose_context;
}

let browser: Browser;
let page: Page;
beforeAll(async () => {
  browser = await launchBrowser();
  ({ page } = await openApp(browser, 'vae=1x1x1&patch=2x16x16&view=stack'));
});
afterAll(async () => {
  await page?.context().close();
  await browser?.close();
});

const framesDrawn = (): Promise<number> =>
  page.evaluate(() => Number(document.querySelector('#view canvas')?.getAttribute('data-frames')));

describe('a lost WebGL context', () => {
  it('shows a notice while the numbers keep working', async () => {
    expect((await canvasStats(page)).colours).toBeGreaterThan(20);
    await page.evaluate(() => {
      const canvas = document.querySelector<HTMLCanvasElement>('#view canvas')!;
      const gl = canvas.getContext('webgl2')!; // the context three.js made
      const lose = gl.getExtension('WEBGL_lose_context')!;
      (window as unknown as LoseContext).__lose = lose;
      lose.loseContext();
    });
    const notice = page.locator('.view-notice');
    await notice.waitFor({ state: 'visible' });
    expect(await notice.textContent()).toBe(STRINGS.contextLost);
    await page.evaluate(() => (window.location.hash = 'vae=1x1x1&patch=1x32x32&fit=crop&view=stack'));
    await page.waitForFunction(
      () => document.querySelector('[data-testid=token-grid]')?.getAttribute('data-value') === '49x11x20',
    );
    expect(await readouts(page)).toMatchObject({ status: 'ready', inputShape: '49x360x640' });
  });

  it('draws the view again when the context comes back', async () => {
    const before = await framesDrawn();
    await page.evaluate(() => (window as unknown as LoseContext).__lose.restoreContext());
    await page.locator('.view-notice').waitFor({ state: 'hidden' });
    await page.waitForFunction(
      (n) => Number(document.querySelector('#view canvas')?.getAttribute('data-frames')) > n,
      before,
    );
    expect((await canvasStats(page)).colours).toBeGreaterThan(20);
    expect(await page.locator('#view canvas').count()).toBe(1);
  });
});
