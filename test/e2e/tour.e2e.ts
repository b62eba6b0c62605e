// Every tour step loads from its own link, and the views differ.
import { describe, expect, it } from 'vitest';
import { TOUR } from '../../src/state/tour';
import { canvasStats, meanDifference, openApp, readouts, sharedBrowser } from './browser';

const browser = sharedBrowser();

describe('guided tour', () => {
  it('loads every step from its link, with a caption and a picture', async () => {
    for (const [i, step] of TOUR.entries()) {
      // Small input keeps software WebGL quick; the step's own values still apply.
      const { page, errors } = await openApp(browser(), `step=${step.id}&w=320&h=180&t=17`);
      expect(await readouts(page)).toMatchObject({ status: 'ready' });
      expect(await page.locator('.tour-counter').innerText()).toContain(`${i + 1} / ${TOUR.length}`);
      expect((await page.locator('.tour-caption').innerText()).length).toBeGreaterThan(40);
      expect((await canvasStats(page)).colours).toBeGreaterThan(20);
      expect(errors).toEqual([]);
      await page.context().close();
    }
  });

  it('walks forward with Next and writes the step into the URL', async () => {
    const { page } = await openApp(browser(), 'step=frames&w=320&h=180&t=17');
    await page.getByRole('button', { name: 'Next →' }).click();
    await page.waitForFunction(() => window.location.hash.includes('step=stack'));
    expect(await page.locator('.tour-counter').innerText()).toContain('2 /');
    await page.context().close();
  });
});

describe('views', () => {
  it('draws stack, cubes and sequence differently, and noise=1 differently from noise=0', async () => {
    const base = 'w=320&h=180&t=16&vae=1x1x1&patch=4x45x40&explode=0.5';
    const shots: Buffer[] = [];
    for (const hash of [`${base}&view=stack`, `${base}&view=cubes`, `${base}&view=sequence`, `${base}&noise=1`]) {
      const { page } = await openApp(browser(), hash);
      shots.push(await page.locator('#view canvas').screenshot());
      if (shots.length === 4) {
        expect(await meanDifference(page, shots[0]!, shots[1]!)).toBeGreaterThan(3);
        expect(await meanDifference(page, shots[1]!, shots[2]!)).toBeGreaterThan(3);
        expect(await meanDifference(page, shots[0]!, shots[2]!)).toBeGreaterThan(3);
        expect(await meanDifference(page, shots[1]!, shots[3]!)).toBeGreaterThan(3);
      }
      await page.context().close();
    }
  });
});
