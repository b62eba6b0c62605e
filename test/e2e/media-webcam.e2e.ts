// Record from the camera: denied permission is a plain alert with the clip kept; granted, a short recording
// (Chromium's fake camera, 640×480) becomes the clip like a chosen file.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { STRINGS } from '../../src/ui/strings';
import { launchBrowser, openApp, readouts } from './browser';
import { alertText, hashParam, loadsSoFar, trackLoads, waitForLoads } from './media-helpers';

let browser: Browser;
let page: Page;
beforeAll(async () => {
  browser = await launchBrowser(['--use-fake-device-for-media-stream']);
  ({ page } = await openApp(browser, 'vae=1x1x1&patch=2x16x16&view=stack'));
  await trackLoads(page);
});
afterAll(async () => {
  await page?.context().close();
  await browser?.close();
});

describe('record from camera', () => {
  it('says what to do when camera permission is denied, and keeps the clip', async () => {
    const before = await readouts(page);
    await page.getByRole('button', { name: STRINGS.camera.record }).click();
    await page.waitForFunction(() => {
      const alert = document.querySelector<HTMLElement>('[role=alert]');
      return alert !== null && !alert.hidden;
    });
    expect(await alertText(page)).toBe(STRINGS.camera.denied);
    expect(await readouts(page)).toEqual(before);
    expect(await page.getByRole('button', { name: STRINGS.camera.record }).isEnabled()).toBe(true);
  });

  it('records with a countdown and loads the recording', async () => {
    await page.context().grantPermissions(['camera']);
    const loads = await loadsSoFar(page);
    await page.getByRole('button', { name: STRINGS.camera.record }).click();
    const status = page.locator('.webcam [role=status]');
    await status.waitFor({ state: 'visible' });
    const started = (await status.textContent()) ?? '';
    expect(started).toMatch(/^Recording… [1-5] s left$/);
    // Record until the countdown has moved on: at least a second of frames, whatever the machine's speed.
    await page.waitForFunction((first) => {
      const text = document.querySelector('.webcam [role=status]')?.textContent ?? '';
      return /^Recording… [0-5] s left$/.test(text) && text !== first;
    }, started);
    await page.getByRole('button', { name: STRINGS.camera.stop }).click();
    await waitForLoads(page, loads + 1);
    expect(await alertText(page)).toBeNull();
    const { status: ready, inputShape } = await readouts(page);
    expect(ready).toBe('ready');
    expect(inputShape).toMatch(/^\d+x480x640$/);
    expect(Number(inputShape?.split('x')[0])).toBeGreaterThan(1);
    expect(await hashParam(page, 'clip')).toBe('local');
    // The camera is released: no live track is left.
    expect(await page.locator('.webcam video').evaluate((video: HTMLVideoElement) => video.srcObject)).toBeNull();
  });
});
