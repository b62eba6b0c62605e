// The frames reach the GPU while the clip decodes, one by one, into a texture of their own. What is drawn must
// be the clip itself: after a lost context three.js uploads the whole CPU copy again, in one piece, and the
// picture must come out the same.
import { describe, expect, it } from 'vitest';
import { meanDifference, sharedBrowser, withApp } from './browser';

const browser = sharedBrowser();

describe('frames uploaded while decoding', () => {
  it('draw the same picture as the whole clip uploaded at once', async () => {
    await withApp(
      browser(),
      'view=stack&explode=0.8',
      {
        viewport: { width: 640, height: 480 },
      },
      async ({ page, errors }) => {
        const canvas = page.locator('#view canvas');
        const framesDrawn = () => canvas.evaluate((node) => Number(node.getAttribute('data-frames')));
        const streamed = await canvas.screenshot();

        const before = await framesDrawn();
        await canvas.evaluate((node: HTMLCanvasElement) => {
          const lose = node.getContext('webgl2')!.getExtension('WEBGL_lose_context')!;
          (window as unknown as { __lose: WEBGL_lose_context }).__lose = lose;
          lose.loseContext();
        });
        await page.locator('.view-notice').waitFor({ state: 'visible' });
        await page.evaluate(() => (window as unknown as { __lose: WEBGL_lose_context }).__lose.restoreContext());
        await page.waitForFunction(
          (n) => Number(document.querySelector('#view canvas')?.getAttribute('data-frames')) > n,
          before,
        );
        await page.locator('.view-notice').waitFor({ state: 'hidden' });
        const whole = await canvas.screenshot();

        // The same scene drawn twice is the same to the byte; frames one slot off differ by about 0.15.
        expect(await meanDifference(page, streamed, whole)).toBeLessThan(0.02);
        expect(errors).toEqual([]);
      },
    );
  });
});
