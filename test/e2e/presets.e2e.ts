// Real-model presets through the URL contract, and a size-rule message with its fix.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { openApp, readouts, sharedBrowser, withApp } from './browser';

const browser = sharedBrowser();

describe('model presets', () => {
  it('gives HunyuanVideo 33x45x80 = 118,800 tokens at 1280×720, 129 frames', async () => {
    await withApp(browser(), 'preset=hunyuanvideo&w=1280&h=720&t=129', async ({ page, errors }) => {
      expect(await readouts(page)).toMatchObject({
        status: 'ready',
        tokenGrid: '33x45x80',
        tokenCount: '118800',
        inputShape: '129x720x1280',
      });
      expect(await page.locator('.model-info').innerText()).toContain('+256 text tokens');
      expect(errors).toEqual([]);
    });
  });

  it('gives Mochi 28x30x53 = 44,520 tokens, the figure its README prints', async () => {
    await withApp(browser(), 'preset=mochi&w=848&h=480&t=163', async ({ page }) => {
      expect(await readouts(page)).toMatchObject({ tokenGrid: '28x30x53', tokenCount: '44520' });
    });
  });

  it('gives ViViT 8x14x14 = 1,568 tubelets for 16 frames at 224²', async () => {
    await withApp(browser(), 'preset=vivit&t=16', async ({ page }) => {
      expect(await readouts(page)).toMatchObject({
        tokenGrid: '8x14x14',
        tokenCount: '1568',
        inputShape: '16x224x224',
      });
    });
  });

  it('says when a size breaks the model’s rule, and fixes it on request', async () => {
    await withApp(browser(), 'preset=hunyuanvideo&w=1280&h=720&t=128', async ({ page, errors }) => {
      await expect
        .poll(() => page.locator('.model-info .violation').innerText())
        .toContain('HunyuanVideo needs 4k+1 frames: 129?');
      await page.getByRole('button', { name: 'Use 129' }).click();
      await page.waitForFunction(
        () => document.querySelector('[data-testid=input-shape]')?.getAttribute('data-value') === '129x720x1280',
      );
      expect(await page.locator('.model-info .violation').count()).toBe(0);
      expect(errors).toEqual([]);
    });
  });
});

describe('the panel’s timing', () => {
  /** The text box of the panel control whose name starts with `name`. */
  const control = async (page: Page, name: string) => {
    const index = await page.evaluate(
      (n) =>
        [...document.querySelectorAll('.lil-controller')].findIndex((c) =>
          c.querySelector('.lil-name')?.textContent?.startsWith(n),
        ),
      name,
    );
    return page.locator('.lil-controller').nth(index).locator('input');
  };
  const value = async (page: Page, name: string) => Number(await (await control(page, name)).inputValue());
  const enter = async (page: Page, name: string, text: string) => {
    const input = await control(page, name);
    await input.fill(text);
    await input.press('Enter');
  };

  it('shows duration = frames ÷ frame rate, and editing either one updates the others', async () => {
    await withApp(browser(), 'preset=hunyuanvideo', async ({ page, errors }) => {
      expect(await value(page, 'frames')).toBe(129);
      expect(await value(page, 'frame rate')).toBeGreaterThan(0);
      const fps = await value(page, 'frame rate');
      expect(await value(page, 'duration')).toBeCloseTo(129 / fps, 2);
      // Another rate keeps the frames and changes the duration.
      await enter(page, 'frame rate', '43');
      await expect.poll(() => value(page, 'duration')).toBeCloseTo(3, 2);
      // Another duration sets the frames: 2 s at 43 fps, plus the causal VAE's first frame.
      await enter(page, 'duration', '2');
      await page.waitForFunction(() => window.location.hash.includes('t=87'));
      expect(await value(page, 'frames')).toBe(87);
      expect(await value(page, 'duration')).toBeCloseTo(87 / 43, 2);
      expect(errors).toEqual([]);
    });
  });
});

describe('attention cost', () => {
  it('shows N², FLOPs with their units, and the score-matrix memory for HunyuanVideo at 720p', async () => {
    await withApp(browser(), 'preset=hunyuanvideo&w=1280&h=720&t=129', async ({ page }) => {
      await page.locator('.model-info summary').click();
      const text = await page.locator('.model-info').innerText();
      expect(text).toContain('N = 119,056 (118,800 video + 256 text)');
      expect(text).toMatch(/heads·N²·2 B = 6\d\d GB per layer/);
      expect(text).toContain('1 multiply-add = 2 FLOPs');
    });
  });
});

describe('packing', () => {
  it('packs the three bundled clips into one sequence with boundaries and a total', async () => {
    const { page } = await openApp(browser(), 'step=packing&w=320&h=180&t=17&patch=1x4x4');
    const text = await page.locator('.packing').innerText();
    // Default tokenizer (4×8×8 causal, 1×4×4 patch, pad) at each clip's own size, 49 frames each: 13 latent frames.
    expect(text).toContain('landscape: 13×12×20 = 3,120 tokens, indices 0–3,119');
    expect(text).toContain('portrait: 13×20×12 = 3,120 tokens, indices 3,120–6,239');
    expect(text).toContain('square: 13×15×15 = 2,925 tokens');
    expect(text).toContain('9,165 tokens in one sequence');
    await page.context().close();
  });
});
