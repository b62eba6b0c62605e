// Links, embeds, many embeds on one page, privacy and hosting.
import type { Frame, Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import {
  canvasStats,
  meanDifference,
  openApp,
  readouts,
  sharedBrowser,
  waitForSettled,
  withApp,
  withContext,
} from './browser';

const browser = sharedBrowser();

const SMALL = 'vae=1x1x1&patch=4x45x40&w=320&h=180&t=16';

async function pixelsOf(page: Page): Promise<Buffer> {
  return page.locator('#view canvas').screenshot();
}

describe('sharing', () => {
  it('copies a link that reproduces the readouts and the picture, camera included', async () => {
    await withApp(browser(), `${SMALL}&token=7&explode=0.5&cam=60,30,1.3`, async ({ page, errors }) => {
      const before = { readouts: await readouts(page), png: await pixelsOf(page) }; // with the share box still closed
      await page.locator('.share summary').click();
      await page.getByRole('button', { name: 'Copy link' }).click();
      const link = await page.getByTestId('share-output').inputValue();
      expect(link).toContain('cam=60,30,1.3');

      const again = await page.context().newPage();
      await again.goto(link);
      await waitForSettled(again);
      expect(await readouts(again)).toEqual(before.readouts);
      expect((await canvasStats(again)).colours).toBeGreaterThan(30);
      expect(await meanDifference(again, before.png, await pixelsOf(again))).toBeLessThan(1.5); // of 255: the same picture
      expect(errors).toEqual([]);
    });
  });

  it('makes an embed snippet with embed=1, lazy loading, a title and fullscreen', async () => {
    await withApp(browser(), SMALL, async ({ page }) => {
      await page.locator('.share summary').click();
      await page.getByLabel('embed hides the panel').check();
      await page.getByRole('button', { name: 'Copy embed code' }).click();
      const snippet = await page.getByTestId('share-output').inputValue();
      for (const part of [
        '<iframe',
        'embed=1',
        'hide=panel',
        'loading="lazy"',
        'title="',
        'allow="fullscreen"',
        'width="720"',
      ]) {
        expect(snippet).toContain(part);
      }
    });
  });
});

describe('export', () => {
  it('saves a PNG of the view', async () => {
    await withApp(browser(), SMALL, async ({ page, errors }) => {
      await page.locator('.share summary').click();
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('button', { name: 'Save PNG' }).click(),
      ]);
      expect(download.suggestedFilename()).toBe('spacetime-patches.png');
      const path = await download.path();
      const bytes = (await import('node:fs')).readFileSync(path!);
      expect(bytes.subarray(1, 4).toString()).toBe('PNG');
      expect(bytes.length).toBeGreaterThan(5_000); // a picture, not an empty canvas
      expect(errors).toEqual([]);
    });
  });
});

describe('embed mode', () => {
  it('hides the panel and gives the view the frame above the overlays', async () => {
    const { page, errors } = await openApp(browser(), `${SMALL}&embed=1`, { viewport: { width: 600, height: 400 } });
    expect(await page.locator('.lil-gui.lil-root').isVisible()).toBe(false);
    const box = (await page.locator('#view canvas').boundingBox())!;
    expect(box.width).toBeGreaterThanOrEqual(598);
    // The readout and the tour card sit below the view, never over the cubes: the view keeps about two thirds.
    expect(box.height).toBeGreaterThanOrEqual(0.6 * 400);
    expect(box.height).toBeLessThan(400);
    expect((await readouts(page)).tokenCount).toBe('128');
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('follows theme= over the system preference', async () => {
    // The test browser prefers dark (set below); theme=light must win.
    await withApp(browser(), `${SMALL}&theme=light`, { colorScheme: 'dark' }, async ({ page }) => {
      const background = await page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
      expect(background).toBe('rgb(243, 245, 249)');
    });
    await withApp(browser(), `${SMALL}&theme=dark`, { colorScheme: 'light' }, async ({ page }) => {
      const background = await page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
      expect(background).toBe('rgb(14, 17, 23)');
    });
  });
});

async function status(frame: Frame): Promise<string | undefined> {
  return frame.evaluate(() => document.documentElement.dataset.status).catch(() => undefined);
}

describe('a course page with twelve embeds', () => {
  it('renders every embed when scrolled into view, and the first again after scrolling back', async () => {
    await withContext(browser(), { viewport: { width: 900, height: 700 } }, async (context) => {
      const page = await context.newPage();
      const errors: string[] = [];
      page.on('pageerror', (error) => errors.push(error.message));
      await page.goto(`${inject('baseUrl')}embed-demo.html`);
      const frames = page.locator('iframe');
      expect(await frames.count()).toBeGreaterThanOrEqual(12);
      // The second embed, its top in view but not half of it, has not loaded the app yet, yet already asked the
      // course page for its height (the demo page sets it from the message): no jump when it is scrolled to.
      const second = (await (await frames.nth(1).elementHandle())!.contentFrame())!;
      await page.waitForFunction(() => document.querySelectorAll('iframe')[1]!.style.height !== '', null, {
        timeout: 30_000,
      });
      expect(await second.evaluate(() => document.querySelector('.readout, canvas'))).toBeNull();
      const { height, width } = await frames.nth(1).evaluate((frame) => ({
        height: frame.style.height,
        width: frame.clientWidth,
      }));
      expect(height).toBe(`${Math.round(Math.min(720, Math.max(320, width * 0.66)))}px`); // what the app asks for
      for (let i = 0; i < (await frames.count()); i++) {
        await frames.nth(i).scrollIntoViewIfNeeded();
        const frame = (await frames.nth(i).elementHandle())!;
        const content = (await frame.contentFrame())!;
        await content.waitForFunction(() => document.documentElement.dataset.status === 'ready', null, {
          timeout: 60_000,
        });
        await content.waitForFunction(() => Number(document.querySelector('canvas')?.dataset.frames ?? 0) > 0);
        expect(await status(content)).toBe('ready');
      }
      await frames.first().scrollIntoViewIfNeeded();
      const first = (await (await frames.first().elementHandle())!.contentFrame())!;
      await first.waitForFunction(() => Number(document.querySelector('canvas')?.dataset.frames ?? 0) > 0, null, {
        timeout: 30_000,
      });
      const shot = await frames.first().screenshot();
      expect(shot.length).toBeGreaterThan(5_000); // a picture, not a blank frame
      expect(errors).toEqual([]);
    });
  });
});

describe('hosting and privacy', () => {
  it('makes no request to any other origin', async () => {
    await withContext(browser(), {}, async (context) => {
      const page = await context.newPage();
      const origins = new Set<string>();
      page.on('request', (request) => {
        const url = new URL(request.url());
        if (url.protocol === 'http:' || url.protocol === 'https:') origins.add(url.origin);
      });
      await page.goto(`${inject('baseUrl')}index.html#${SMALL}`);
      await waitForSettled(page);
      expect([...origins]).toEqual([new URL(inject('baseUrl')).origin]);
    });
  });

  it('reaches ready when served under a subpath', async () => {
    await withApp(browser(), SMALL, { path: 'sub/path/index.html' }, async ({ page, errors }) => {
      expect(await readouts(page)).toMatchObject({ status: 'ready', tokenCount: '128' });
      expect(errors).toEqual([]);
    });
  });
});
