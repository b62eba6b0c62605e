// Your own clip, from every kind of file: each either loads with the right nominal input (T×H×W, display
// size after rotation and pixel aspect), or shows a plain alert while the clip on screen stays.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { codecMessage, MESSAGES } from '../../src/media/errors';
import { messageText } from '../../src/ui/notices';
import { canvasStats, launchBrowser, openApp, readouts, waitForSettled, withContext } from './browser';
import {
  alertText,
  fixtureBase64,
  hashParam,
  loadFixture,
  loadsSoFar,
  trackLoads,
  waitForLoads,
} from './media-helpers';

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

describe('files that load', () => {
  // Consecutive rows differ in shape, so each row proves its own load.
  it.each([
    ['small-160x96.mp4', '16x96x160', 'H.264 MP4'],
    ['rotated-90.mp4', '16x160x96', 'rotation metadata: stored 160×96, shown portrait'],
    ['sar-2to1.mp4', '16x96x320', 'sample aspect ratio 2:1: stored 160 wide, shown 320'],
    ['vfr.mp4', '16x96x160', 'variable frame rate'],
    ['odd-321x179.webm', '12x179x321', 'odd size, VP9 in WebM'],
    ['h264.mkv', '10x120x200', 'Matroska'],
    ['clip.mkv', '16x96x160', 'VP9 in Matroska'],
    ['still-120x90.png', '1x90x120', 'a still image is a one-frame video'],
    ['anim-80x48.gif', '6x48x80', 'an animated GIF keeps its frames'],
  ])('%s → %s (%s)', async (name, shape) => {
    await loadFixture(page, name);
    expect(await alertText(page)).toBeNull();
    expect(await readouts(page)).toMatchObject({ status: 'ready', inputShape: shape });
    expect(await hashParam(page, 'clip')).toBe('local');
  });

  it('draws the last one', async () => {
    expect((await canvasStats(page)).colours).toBeGreaterThan(20);
  });
});

describe('files that fail keep the clip on screen', () => {
  it.each([
    ['audio-only.m4a', MESSAGES.audioOnly],
    ['hevc.mp4', codecMessage('hevc')], // Debian's Chromium has no HEVC decoder
    ['truncated.mp4', MESSAGES.truncated], // the index lists frames whose bytes are missing
    ['truncated-no-moov.mp4', MESSAGES.unreadable], // cut before the index: no tracks at all
    ['not-media.txt', MESSAGES.notMedia],
    ['not-media.mp4', MESSAGES.notMedia], // the name says video, the bytes don't
    ['empty.mp4', MESSAGES.empty],
  ])('%s → alert', async (name, message) => {
    const before = await readouts(page);
    await loadFixture(page, name);
    expect(await alertText(page)).toBe(messageText(message));
    expect(await readouts(page)).toEqual(before); // status ready, same input shape and tokens
    expect(await hashParam(page, 'clip')).toBe('local');
  });
});

describe('drag and drop', () => {
  it('shows a hint while a file is held over the page and loads the dropped file', async () => {
    const before = await loadsSoFar(page);
    const hintShown = await page.evaluate(async (base64) => {
      const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
      const data = new DataTransfer();
      data.items.add(new File([bytes], 'dropped.mp4', { type: 'video/mp4' }));
      const view = document.getElementById('view')!;
      const fire = (type: string) =>
        view.dispatchEvent(new DragEvent(type, { dataTransfer: data, bubbles: true, cancelable: true }));
      fire('dragenter');
      fire('dragover');
      const shown = !document.querySelector<HTMLElement>('.drop-hint')!.hidden;
      fire('drop');
      return shown;
    }, fixtureBase64('sar-2to1.mp4'));
    expect(hintShown).toBe(true);
    await waitForLoads(page, before + 1);
    expect(await page.locator('.drop-hint').isHidden()).toBe(true);
    expect(await readouts(page)).toMatchObject({ status: 'ready', inputShape: '16x96x320' });
  });
});

describe('memory', () => {
  it('stays bounded over many loads', async () => {
    const cdp = await page.context().newCDPSession(page);
    const used = async (): Promise<number> => {
      await cdp.send('HeapProfiler.collectGarbage');
      // backingStorageSize: ArrayBuffer contents (the volumes), which the JS heap size leaves out.
      const usage = (await cdp.send('Runtime.getHeapUsage')) as { usedSize: number; backingStorageSize?: number };
      return usage.usedSize + (usage.backingStorageSize ?? 0);
    };
    await loadFixture(page, 'odd-321x179.webm'); // a 2.6 MiB volume
    const first = await used();
    for (let i = 0; i < 8; i += 1) await loadFixture(page, i % 2 ? 'odd-321x179.webm' : 'sar-2to1.mp4');
    const last = await used();
    console.log(
      `JS heap + array buffers over 8 loads: ${(first / 2 ** 20).toFixed(1)} → ${(last / 2 ** 20).toFixed(1)} MiB`,
    );
    // Keeping every volume would add about 18 MiB.
    expect(last - first).toBeLessThan(6 * 1024 * 1024);
    expect(await readouts(page)).toMatchObject({ status: 'ready', inputShape: '12x179x321' });
    expect(errors).toEqual([]);
  });
});

describe('without workers', () => {
  it('decodes on the page instead', async () => {
    await withContext(browser, { viewport: { width: 960, height: 640 } }, async (context) => {
      await context.addInitScript(() => Reflect.deleteProperty(window, 'Worker'));
      const bare = await context.newPage();
      await bare.goto(`${inject('baseUrl')}index.html#vae=1x1x1&patch=2x16x16&view=stack`);
      await waitForSettled(bare);
      await trackLoads(bare);
      expect(await bare.evaluate(() => typeof Worker)).toBe('undefined');
      await loadFixture(bare, 'rotated-90.mp4');
      expect(await readouts(bare)).toMatchObject({ status: 'ready', inputShape: '16x160x96' });
    });
  });
});
