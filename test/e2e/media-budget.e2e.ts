// Long and huge clips load inside the memory budget: frames sampled evenly, space downscaled, the nominal
// input still the clip's own size. While they decode, a progress bar with Cancel shows and the page answers.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAX_VOLUME_FRAMES, VOLUME_BUDGET_BYTES } from '../../src/config';
import { launchBrowser, openApp, readouts } from './browser';
import { alertText, fixture, loadFixture, loadsSoFar, trackLoads, waitForLoads } from './media-helpers';

let browser: Browser;
let page: Page;
let errors: string[];
beforeAll(async () => {
  browser = await launchBrowser();
  // Big patches keep the grid (and software WebGL's work) small even for an 8K input.
  ({ page, errors } = await openApp(browser, 'vae=1x1x1&patch=4x64x64&view=stack'));
  await trackLoads(page);
});
afterAll(async () => {
  await page?.context().close();
  await browser?.close();
});

const framesDrawn = (): Promise<number> =>
  page.evaluate(() => Number(document.querySelector('#view canvas')?.getAttribute('data-frames')));
const textureBytes = (): Promise<number> =>
  page.evaluate(() => Number(document.querySelector('canvas')?.dataset.textureBytes));

describe('budgets', () => {
  it('samples a 10-minute clip evenly down to the frame cap', async () => {
    await loadFixture(page, 'long-10min.mp4');
    expect(await readouts(page)).toMatchObject({ status: 'ready', inputShape: '1200x54x96' });
    expect(await textureBytes()).toBe(MAX_VOLUME_FRAMES * 54 * 96 * 4);
  });

  it.each([
    ['uhd-3840x2160.mp4', '40x2160x3840'],
    ['8k-7680x4320.mp4', '4x4320x7680'],
  ])('downscales %s into the budget; the input stays %s', async (name, shape) => {
    await loadFixture(page, name);
    expect(await alertText(page)).toBeNull();
    expect(await readouts(page)).toMatchObject({ status: 'ready', inputShape: shape });
    const bytes = await textureBytes();
    expect(bytes).toBeGreaterThan(0);
    expect(bytes).toBeLessThanOrEqual(VOLUME_BUDGET_BYTES);
  });
});

describe('while decoding', () => {
  it('shows progress, stays responsive, and Cancel keeps the clip on screen', async () => {
    const before = await readouts(page);
    const loads = await loadsSoFar(page);
    // Watch the main thread: the longest gap between timer ticks that should come every 10 ms.
    await page.evaluate(() => {
      const w = window as unknown as { __gapMs: number; __tick: number };
      w.__gapMs = 0;
      let last = performance.now();
      w.__tick = window.setInterval(() => {
        const now = performance.now();
        w.__gapMs = Math.max(w.__gapMs, now - last);
        last = now;
      }, 10);
    });
    await page.locator('input[type=file]').setInputFiles(fixture('uhd-3840x2160.mp4'));
    const progress = page.locator('.progress');
    await progress.waitFor({ state: 'visible' });
    await page.waitForFunction(
      () => Number(document.querySelector<HTMLProgressElement>('.progress progress')?.value) > 0,
    );
    const first = await progress.locator('progress').evaluate((bar: HTMLProgressElement) => bar.value);
    const framesBefore = await framesDrawn();
    await page.waitForFunction(
      (v) => Number(document.querySelector<HTMLProgressElement>('.progress progress')?.value) > v,
      first,
    );
    // A round trip to the page while frames decode.
    const startMs = Date.now();
    await page.evaluate(() => document.title);
    const roundTripMs = Date.now() - startMs;
    const gapMs = await page.evaluate(() => (window as unknown as { __gapMs: number }).__gapMs);
    // Progress moves the bar only: the 3D view, whose frames cost a second each in software, is not redrawn.
    expect(await framesDrawn()).toBe(framesBefore);
    await progress.getByRole('button', { name: 'Cancel' }).click();
    await waitForLoads(page, loads + 1);
    await page.evaluate(() => clearInterval((window as unknown as { __tick: number }).__tick));
    console.log(`while decoding 4K: longest main-thread gap ${Math.round(gapMs)} ms, round trip ${roundTripMs} ms`);
    // Loose bounds for a loaded two-core machine; decoding runs in a worker, so the page only paints progress.
    expect(gapMs).toBeLessThan(1_000);
    expect(roundTripMs).toBeLessThan(1_000);
    expect(await progress.isHidden()).toBe(true);
    expect(await alertText(page)).toBeNull(); // cancelling is not a failure
    expect(await readouts(page)).toEqual(before);
    expect(errors).toEqual([]);
  });
});
