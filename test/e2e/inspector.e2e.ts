// Selecting tokens: by URL, and by clicking a cube.
import { describe, expect, it } from 'vitest';
import { openApp, readouts, sharedBrowser } from './browser';

const browser = sharedBrowser();

const EXAMPLE = 'w=640&h=360&t=32&vae=1x1x1&patch=2x16x16&fit=crop';

describe('token inspector', () => {
  it('reads token=45 as (0, 1, 5) and token=1000 as (1, 3, 0) in t-major raster order', async () => {
    const { page, errors } = await openApp(browser(), `${EXAMPLE}&token=45`);
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
    await page.context().close();
  });

  it('clamps a token past the end to the last one', async () => {
    const { page } = await openApp(browser(), 'w=224&h=224&t=16&vae=1x1x1&patch=2x16x16&token=999999');
    expect((await readouts(page)).tokenInspector).toBe('7,13,13');
    await page.context().close();
  });

  it('selects the token under a click and writes it to the URL', async () => {
    const { page, errors } = await openApp(browser(), 'w=224&h=224&t=16&vae=1x1x1&patch=2x16x16&explode=0&cam=0,0,1');
    const box = (await page.locator('#view canvas').boundingBox())!;
    // Face on, frame 0 in front: the centre of the view is token (0, 7, 7), index 7·14 + 7 = 105.
    await page.mouse.click(box.x + box.width / 2 + 2, box.y + box.height / 2 + 2);
    await page.waitForFunction(
      () => document.querySelector('[data-testid=token-inspector]')?.getAttribute('data-value') === '0,7,7',
    );
    expect(await page.evaluate(() => window.location.hash)).toContain('token=105');
    expect(errors).toEqual([]);
    await page.context().close();
  });
});

describe('hover', () => {
  it('previews the token under the mouse without touching the link, and goes back when the mouse leaves', async () => {
    const { page, errors } = await openApp(
      browser(),
      'w=224&h=224&t=16&vae=1x1x1&patch=2x16x16&explode=0&cam=0,0,1&token=3',
    );
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
    await page.context().close();
  });
});

describe('keyboard', () => {
  it('moves the selection from token 0 to (0, 0, 1) with ArrowRight, and along t with PageDown', async () => {
    const { page, errors } = await openApp(browser(), 'w=224&h=224&t=16&vae=1x1x1&patch=2x16x16&token=0');
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
    await page.context().close();
  });
});
