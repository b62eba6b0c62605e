// Accessibility: axe-core on every view, reduced motion, and a phone-sized screen.
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { canvasStats, framesForHash, readouts, sharedBrowser, withApp } from './browser';

const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

const browser = sharedBrowser();

interface Violation {
  id: string;
  impact: string | null;
  nodes: { target: string[] }[];
}

async function seriousViolations(page: Page): Promise<string[]> {
  await page.addScriptTag({ content: AXE });
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(): Promise<{ violations: Violation[] }> } }).axe;
    return (await axe.run()).violations;
  });
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

const SMALL = 'w=320&h=180&t=16&vae=1x1x1&patch=4x45x40';

describe('axe-core', () => {
  for (const hash of [
    `${SMALL}&view=stack`,
    `${SMALL}&view=cubes`,
    `${SMALL}&view=sequence`,
    `${SMALL}&slice=xt`,
    `${SMALL}&step=latent`,
    `${SMALL}&embed=1`,
    `${SMALL}&theme=light`,
  ]) {
    it(`finds no serious or critical violations at ${hash}`, async () => {
      await withApp(browser(), hash, async ({ page }) => {
        expect(await seriousViolations(page)).toEqual([]);
      });
    });
  }
});

describe('reduced motion', () => {
  it('jumps to the sequence in a few frames instead of animating', async () => {
    await withApp(browser(), SMALL, { reducedMotion: 'reduce' }, async ({ page }) => {
      expect(await framesForHash(page, `${SMALL}&view=sequence`)).toBe(1); // the end state, once
    });
  });

  it('animates the same change over several frames without it', async () => {
    await withApp(browser(), SMALL, async ({ page }) => {
      // Software WebGL draws few frames a second, a GPU many, but a transition takes more than one either way.
      expect(await framesForHash(page, `${SMALL}&view=sequence`)).toBeGreaterThan(1);
    });
  });
});

describe('phone', () => {
  it('reaches ready at 375×667 with no sideways scrolling and the clip on the canvas', async () => {
    await withApp(browser(), '', { viewport: { width: 375, height: 667 } }, async ({ page, errors }) => {
      expect((await readouts(page)).status).toBe('ready');
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
      expect(await page.locator('[data-testid=token-count]').isVisible()).toBe(true);
      expect((await canvasStats(page)).colours).toBeGreaterThan(30);
      expect(errors).toEqual([]);
    });
  });
});
