// Damaged files: a file with a few garbled frames loads what can be decoded and says in a note how many frames
// were filled from a neighbour; a damaged codec description is called that, not blamed on the browser.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MESSAGES } from '../../src/media/errors';
import { messageText } from '../../src/ui/notices';
import { canvasStats, launchBrowser, openApp, readouts } from './browser';
import { alertText, hashParam, loadFixture, trackLoads } from './media-helpers';

let browser: Browser;
let page: Page;
let errors: string[];
beforeAll(async () => {
  browser = await launchBrowser();
  ({ page, errors } = await openApp(browser, 'vae=1x1x1&patch=2x16x16'));
  await trackLoads(page);
});
afterAll(async () => {
  await page?.context().close();
  await browser?.close();
});

const noteTexts = (p: Page): Promise<string[]> =>
  p.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('.notes:not([hidden]) li')].map((li) => li.textContent ?? ''),
  );

describe('a damaged file', () => {
  it('with garbled frame data loads, with a note naming how many frames were damaged', async () => {
    await loadFixture(page, 'damaged-frames.mp4');
    expect(await alertText(page)).toBeNull();
    expect(await readouts(page)).toMatchObject({ status: 'ready', inputShape: '32x96x160' });
    // Two samples are garbled (scripts/make-fixtures.sh); each costs the frames up to the next key frame.
    const notes = await noteTexts(page);
    console.log(`note: ${notes[0]}`);
    expect(notes).toHaveLength(1);
    const damaged = Number(/^(\d+) frames? of 32 couldn't be decoded/.exec(notes[0]!)?.[1]);
    expect(damaged).toBeGreaterThanOrEqual(2);
    expect(damaged).toBeLessThanOrEqual(16); // at most the two groups of pictures they are in
    expect((await canvasStats(page)).colours).toBeGreaterThan(20);
    expect(errors).toEqual([]);
  });

  it('the note goes when an intact file loads', async () => {
    await loadFixture(page, 'small-160x96.mp4');
    expect(await readouts(page)).toMatchObject({ status: 'ready', inputShape: '16x96x160' });
    expect(await noteTexts(page)).toEqual([]);
  });

  it('with a damaged codec description says so, and the clip on screen stays', async () => {
    const before = await readouts(page);
    await loadFixture(page, 'damaged-avcc.mp4');
    expect(await alertText(page)).toBe(messageText(MESSAGES.damagedDescription));
    expect(await readouts(page)).toEqual(before);
    expect(await hashParam(page, 'clip')).toBe('local');
  });
});
