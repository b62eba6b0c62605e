// The explanation holds a newcomer: the title shows on a phone, and an embed links to the same view in the full
// explainer. (The tour's change lines, step by step, are checked in tour.e2e.ts.)
import { describe, expect, it } from 'vitest';
import { openApp, sharedBrowser } from './browser';

const browser = sharedBrowser();

describe('phones and embeds', () => {
  it('shows the title at 375×667', async () => {
    const { page } = await openApp(browser(), 'w=320&h=176&t=17', { viewport: { width: 375, height: 667 } });
    try {
      await expect.poll(() => page.locator('h1').isVisible()).toBe(true);
      const box = await page.locator('h1').boundingBox();
      expect(box && box.y >= 0 && box.y + box.height <= 667).toBe(true);
    } finally {
      await page.context().close();
    }
  });

  it('links an embed to the same view without embed=1', async () => {
    const { page } = await openApp(browser(), 'w=320&h=176&t=17&patch=1x4x4&embed=1&hide=panel');
    try {
      const link = page.getByTestId('open-full');
      expect(await link.isVisible()).toBe(true);
      const href = (await link.getAttribute('href')) ?? '';
      expect(href).not.toContain('embed=1');
      expect(href).not.toContain('hide=');
      expect(href).toContain('patch=1x4x4');
      expect(href).toContain('w=320');
    } finally {
      await page.context().close();
    }
  });
});
