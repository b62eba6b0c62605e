// Attention made visible: the pattern's keys and pairs through the readouts, the mask figure per pattern, and
// every model side by side, each row under its own rules.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { meanDifference, openApp, readouts, sharedBrowser, withApp } from './browser';

const browser = sharedBrowser();
const BASE = 'w=640&h=360&t=49&vae=4x8x8&causal=1&patch=1x2x2&fit=pad'; // 13×23×40

async function attention(page: Page): Promise<{ keys: string | null; pairs: string | null; sentence: string }> {
  return page.evaluate(() => ({
    keys: document.querySelector('[data-testid=attn-keys]')?.getAttribute('data-value') ?? null,
    pairs: document.querySelector('[data-testid=attn-pairs]')?.getAttribute('data-value') ?? null,
    sentence: document.querySelector('.attn-sentence')?.textContent ?? '',
  }));
}

/** The mask canvas's pixels, as a data URL: equal pictures give equal strings. */
function maskPixels(page: Page): Promise<string> {
  return page.locator('[data-testid=attn-mask]').evaluate((canvas) => (canvas as HTMLCanvasElement).toDataURL());
}

describe('attention patterns', () => {
  it('spatial at 13×23×40: 920 keys and 11,003,200 pairs', async () => {
    await withApp(browser(), `${BASE}&attn=spatial&token=5000`, async ({ page, errors }) => {
      expect(await readouts(page)).toMatchObject({ tokenGrid: '13x23x40', tokenCount: '11960' });
      const read = await attention(page);
      expect(read).toMatchObject({ keys: '920', pairs: '11003200' });
      expect(read.sentence).toBe('token #5,000 attends to 920 of 11,960 tokens (7.69 %)');
      expect(errors).toEqual([]);
    });
  });

  it('causal token 0 sees its own frame: 920 keys; window 3×5×5 token 0: 75 keys', async () => {
    await withApp(browser(), `${BASE}&attn=causal&token=0`, async ({ page }) => {
      expect((await attention(page)).keys).toBe('920');
      await page.evaluate((hash) => (window.location.hash = hash), `${BASE}&attn=window&window=3x5x5&token=0`);
      await expect.poll(async () => (await attention(page)).keys).toBe('75');
      expect((await attention(page)).pairs).toBe(String(11960 * 75));
    });
  });

  it('draws a different mask for each pattern', async () => {
    await withApp(browser(), `${BASE}&attn=full`, async ({ page }) => {
      const seen = new Map<string, string>();
      for (const pattern of ['full', 'spatial', 'temporal', 'factorised', 'window', 'causal']) {
        await page.locator('.attn-controls select').selectOption(pattern);
        await page.waitForFunction(
          (p) => document.querySelector('[data-testid=attn-mask]')?.getAttribute('data-value')?.startsWith(`${p}@`),
          pattern,
        );
        seen.set(pattern, await maskPixels(page));
      }
      expect(new Set(seen.values()).size).toBe(6);
      expect(page.url()).toContain('attn=causal');
    });
  });
});

const frames = (page: Page) =>
  page.evaluate(() => Number(document.querySelector<HTMLElement>('#view canvas')?.dataset.frames ?? 0));

describe('attention in the 3D view', () => {
  it('lights the selected token’s keys: full and spatial look different, in one frame and one draw', async () => {
    const { page, errors } = await openApp(browser(), `${BASE}&attn=full&token=5980`);
    try {
      const canvas = page.locator('#view canvas');
      await page.waitForFunction(() => document.documentElement.dataset.status === 'ready');
      await page.waitForFunction(
        () => Number(document.querySelector<HTMLElement>('#view canvas')?.dataset.volumeFrames) > 0,
      );
      await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
      const full = await canvas.screenshot();
      const before = await frames(page);
      await page.evaluate((hash) => (window.location.hash = hash), `${BASE}&attn=spatial&token=5980`);
      await page.waitForFunction(
        (n) => Number(document.querySelector<HTMLElement>('#view canvas')?.dataset.frames) > n,
        before,
      );
      const spatial = await canvas.screenshot();
      expect(await canvas.getAttribute('data-calls')).toBe('1');
      // Spatial dims 12 of the 13 token frames to a sparse screen door: much of the picture changes.
      expect(await meanDifference(page, full, spatial)).toBeGreaterThan(4); // measured 9.2 at 960×640
      // Back to full: the picture is the default one again.
      const again = await frames(page);
      await page.evaluate((hash) => (window.location.hash = hash), `${BASE}&attn=full&token=5980`);
      await page.waitForFunction(
        (n) => Number(document.querySelector<HTMLElement>('#view canvas')?.dataset.frames) > n,
        again,
      );
      expect(await meanDifference(page, full, await canvas.screenshot())).toBeLessThan(1);
      expect(await canvas.getAttribute('data-calls')).toBe('1');
      expect(errors).toEqual([]);
    } finally {
      await page.context().close();
    }
  });
});

describe('every model side by side', () => {
  it('gives each preset’s own token count in its row, and a click applies the preset', async () => {
    const { page } = await openApp(browser(), 'w=1280&h=720&t=129');
    const rows = page.locator('[data-testid=model-row]');
    await expect.poll(() => rows.count()).toBeGreaterThan(10);
    const row = (id: string) => page.locator(`[data-testid=model-row][data-model="${id}"]`);
    expect(await row('hunyuanvideo').getAttribute('data-value')).toBe('118800');
    const wanRow = await row('wan21').getAttribute('data-value');
    // The app's own count for the preset at the same input must equal its row.
    await row('wan21').click();
    await expect.poll(() => readouts(page).then((r) => r.tokenCount)).toBe(wanRow);
    expect(page.url()).toContain('preset=wan21');
    for (const id of ['mochi', 'opensora12', 'ltxv']) {
      const expected = await row(id).getAttribute('data-value');
      await page.evaluate((hash) => (window.location.hash = hash), `preset=${id}&w=1280&h=720&t=129`);
      await expect.poll(() => readouts(page).then((r) => r.tokenCount)).toBe(expected);
    }
    await page.context().close();
  });
});
