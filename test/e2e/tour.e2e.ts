// Every tour step loads from its own link: its settings take effect, its caption and change line say what changed
// whenever the count changes, and its picture is drawn.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { TOUR } from '../../src/state/tour';
import { canvasStats, meanDifference, openApp, readouts, sharedBrowser } from './browser';

const browser = sharedBrowser();

// A small clip keeps software WebGL quick: 17 frames of 320×176 px. Pixels 17×176×320 = 957,440; the causal
// 4×8×8 VAE gives 5×22×40 = 4,400 latent voxels; 1×2×2 cubes give 5×11×20 = 1,100 tokens.
const SMALL = 'w=320&h=176&t=17';
const fmt = (n: number | bigint) => n.toLocaleString('en-US');
const value = (page: Page, id: string) => page.getByTestId(id).getAttribute('data-value');
const stacked = (page: Page) => page.evaluate(() => document.body.classList.contains('view-stack'));
const rowLabels = (page: Page) => page.locator('.seq-marks .row:not([hidden])').count();
const readoutLine = (page: Page, line: string) => page.locator(`.readout [data-line=${line}]:not([hidden])`).count();

/** Per step: the grid it shows, and what else proves that its settings took effect. */
const STEPS: Readonly<Record<string, { grid: string; check(page: Page): Promise<void> }>> = {
  frames: { grid: '17x176x320', check: async (page) => expect(await stacked(page)).toBe(true) },
  stack: { grid: '17x176x320', check: async (page) => expect(await stacked(page)).toBe(true) },
  latent: {
    grid: '5x22x40', // one token per latent voxel: the count falls at the compression
    async check(page) {
      expect(await stacked(page)).toBe(false);
      expect(await page.getByTestId('latent-figure').isVisible()).toBe(true);
      expect(await readoutLine(page, 'compression')).toBeGreaterThan(0);
    },
  },
  cubes: {
    grid: '5x11x20',
    async check(page) {
      expect(await page.getByTestId('vector-figure').isVisible()).toBe(false); // the cubes are the picture
      expect(await page.getByTestId('latent-figure').isVisible()).toBe(false);
    },
  },
  tokens: {
    grid: '5x11x20',
    async check(page) {
      expect(await page.getByTestId('vector-figure').isVisible()).toBe(true);
      expect(await value(page, 'vector-figure')).toBe(String(16 * 1 * 2 * 2));
      expect(await readoutLine(page, 'perToken')).toBeGreaterThan(0);
    },
  },
  sequence: {
    grid: '5x11x20',
    async check(page) {
      await expect.poll(() => rowLabels(page)).toBeGreaterThan(0);
    },
  },
  attention: {
    grid: '5x11x20',
    async check(page) {
      expect(await value(page, 'attn-keys')).toBe('1100');
      expect(await value(page, 'attn-pairs')).toBe(String(1100 * 1100));
      expect(await value(page, 'attn-mask')).toMatch(/^full@/);
      expect(await rowLabels(page)).toBe(0); // back in the volume
      // Its picture, the attention matrix, is one tap away.
      await page.getByTestId('tour-reveal').click();
      await expect
        .poll(async () => {
          const box = await page.getByTestId('attn-mask').boundingBox();
          const height = page.viewportSize()!.height;
          return box !== null && box.y >= 0 && box.y + box.height / 2 <= height;
        })
        .toBe(true);
    },
  },
  windows: {
    grid: '5x11x20',
    async check(page) {
      expect(await value(page, 'attn-keys')).toBe(String(3 * 7 * 7));
      expect(await value(page, 'attn-pairs')).toBe(String(1100 * 147));
      expect(await value(page, 'attn-mask')).toMatch(/^window@/);
      expect(await page.getByTestId('tour-reveal').isVisible()).toBe(true);
    },
  },
  noise: {
    grid: '5x11x20',
    async check(page) {
      expect(await value(page, 'attn-keys')).toBe('1100'); // full attention again
      expect(await readoutLine(page, 'noise')).toBeGreaterThan(0);
      expect(await page.getByTestId('tour-reveal').isVisible()).toBe(false);
    },
  },
  packing: {
    grid: '5x11x20',
    async check(page) {
      expect(await page.locator('.packing').innerText()).toContain('tokens in one sequence');
      expect(await readoutLine(page, 'noise')).toBe(0);
    },
  },
};

describe('guided tour', () => {
  it('has a check for every step', () => {
    expect(Object.keys(STEPS)).toEqual(TOUR.map((step) => step.id));
  });

  it('loads every step from its link: its settings take effect, and the change is named when the count changes', async () => {
    let before: number | null = null;
    for (const [i, step] of TOUR.entries()) {
      const { page, errors } = await openApp(browser(), `step=${step.id}&${SMALL}`);
      try {
        const expected = STEPS[step.id]!;
        const shown = await readouts(page);
        expect(shown).toMatchObject({ status: 'ready', tokenGrid: expected.grid, inputShape: '17x176x320' });
        const count = Number(shown.tokenCount);
        expect(count).toBe(expected.grid.split('x').reduce((a, b) => a * Number(b), 1));
        expect(await page.locator('.tour-counter').innerText()).toContain(`${i + 1} / ${TOUR.length}`);
        const caption = await page.locator('.tour-caption').innerText();
        const change = await page.getByTestId('tour-change').innerText();
        expect(caption.length).toBeGreaterThan(40);
        if (before !== null && before !== count) {
          // Both the line beside the count and the caption name the change, with both counts.
          expect(change).toContain(`${fmt(before)} → ${fmt(count)}`);
          expect(caption).toContain(fmt(before));
          expect(caption).toContain(fmt(count));
        } else if (step.id === 'attention' || step.id === 'windows') {
          expect(change).toContain(fmt(BigInt((await value(page, 'attn-pairs')) ?? '0')));
        } else if (step.id === 'packing') {
          const total = /([\d,]+) tokens in one sequence/.exec(await page.locator('.packing').innerText())?.[1];
          expect(change).toContain(`packed into one sequence: ${total} tokens`);
        } else expect(change).toContain(fmt(count));
        await expected.check(page);
        expect((await canvasStats(page)).colours).toBeGreaterThan(20);
        expect(errors).toEqual([]);
        before = count;
      } finally {
        await page.context().close();
      }
    }
  });

  it('walks forward with Next and writes the step into the URL', async () => {
    const { page } = await openApp(browser(), `step=frames&${SMALL}`);
    try {
      await page.getByRole('button', { name: 'Next →' }).click();
      await page.waitForFunction(() => window.location.hash.includes('step=stack'));
      expect(await page.locator('.tour-counter').innerText()).toContain('2 /');
    } finally {
      await page.context().close();
    }
  });
});

describe('views', () => {
  it('draws stack, cubes and sequence differently, and noise=1 differently from noise=0', async () => {
    const base = 'w=320&h=180&t=16&vae=1x1x1&patch=4x45x40&explode=0.5';
    const shots: Buffer[] = [];
    for (const hash of [`${base}&view=stack`, `${base}&view=cubes`, `${base}&view=sequence`, `${base}&noise=1`]) {
      const { page } = await openApp(browser(), hash);
      try {
        shots.push(await page.locator('#view canvas').screenshot());
        if (shots.length === 4) {
          expect(await meanDifference(page, shots[0]!, shots[1]!)).toBeGreaterThan(3);
          expect(await meanDifference(page, shots[1]!, shots[2]!)).toBeGreaterThan(3);
          expect(await meanDifference(page, shots[0]!, shots[2]!)).toBeGreaterThan(3);
          expect(await meanDifference(page, shots[1]!, shots[3]!)).toBeGreaterThan(3);
        }
      } finally {
        await page.context().close();
      }
    }
  });
});
