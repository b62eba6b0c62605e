// The explanation holds a newcomer: the tour says what changed whenever the count changes, the title shows on a
// phone, and an embed links to the same view in the full explainer.
import { describe, expect, it } from 'vitest';
import { TOUR } from '../../src/state/tour';
import { openApp, readouts, sharedBrowser } from './browser';

const browser = sharedBrowser();

describe('the tour’s one thread', () => {
  it('names the change, with both counts, whenever the count changes from the step before', async () => {
    let before: number | null = null;
    for (const step of TOUR) {
      const { page } = await openApp(browser(), `step=${step.id}&w=320&h=176&t=17`);
      try {
        const count = Number((await readouts(page)).tokenCount);
        const change = await page.getByTestId('tour-change').innerText();
        const fmt = (n: number) => n.toLocaleString('en-US');
        if (before !== null && before !== count) expect(change).toContain(`${fmt(before)} → ${fmt(count)}`);
        else expect(change).toContain(fmt(count));
        if (step.id === 'latent') expect(await page.getByTestId('latent-figure').isVisible()).toBe(true);
        if (step.id === 'tokens')
          expect(await page.getByTestId('vector-figure').getAttribute('data-value')).toBe(String(16 * 2 * 2));
        before = count;
      } finally {
        await page.context().close();
      }
    }
  });
});

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
