// clip=https://… : a video served with CORS loads; one blocked by CORS, unreachable or missing shows a plain
// alert while the clip on screen stays. A local HTTPS server (throwaway certificate from openssl) plays the
// other site; Chromium resolves media.test to it, so CORS is the browser's own check.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { type Server, createServer } from 'node:https';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { httpStatusMessage, MESSAGES } from '../../src/media/errors';
import { messageText } from '../../src/ui/notices';
import { launchBrowser, openApp, readouts } from './browser';
import { alertText, fixture, hashParam, loadsSoFar, trackLoads, waitForLoads } from './media-helpers';

const BASE = 'vae=1x1x1&patch=2x16x16';
const FILES: Record<string, { file: string; cors: boolean }> = {
  '/small.mp4': { file: 'small-160x96.mp4', cors: true },
  '/still.png': { file: 'still-120x90.png', cors: true },
  '/no-cors.mp4': { file: 'small-160x96.mp4', cors: false },
};

/** Another site: serves the fixtures with byte ranges, with or without the CORS headers. */
function otherSite(key: string, cert: string): Server {
  return createServer({ key, cert }, (req, res) => {
    const entry = FILES[new URL(req.url ?? '/', 'https://media.test').pathname];
    const cors =
      entry?.cors !== false ? { 'Access-Control-Allow-Origin': '*', 'Access-Control-Allow-Headers': 'range' } : {};
    if (req.method === 'OPTIONS') return void res.writeHead(204, cors).end();
    if (!entry) return void res.writeHead(404, cors).end('not found');
    const body = readFileSync(fixture(entry.file));
    const type = entry.file.endsWith('.png') ? 'image/png' : 'video/mp4';
    const range = /^bytes=(\d+)-(\d*)$/.exec(req.headers.range ?? '');
    if (!range) return void res.writeHead(200, { ...cors, 'Content-Type': type, 'Accept-Ranges': 'bytes' }).end(body);
    const start = Number(range[1]);
    const end = range[2] ? Math.min(Number(range[2]), body.length - 1) : body.length - 1;
    res.writeHead(206, {
      ...cors,
      'Content-Type': type,
      'Accept-Ranges': 'bytes',
      'Content-Range': `bytes ${start}-${end}/${body.length}`,
    });
    res.end(body.subarray(start, end + 1));
  });
}

let server: Server;
let page: Page;
let browser: Browser;
beforeAll(async () => {
  const dir = mkdtempSync(join(tmpdir(), 'media-url-'));
  execFileSync(
    'openssl',
    [
      'req',
      '-x509',
      '-newkey',
      'rsa:2048',
      '-nodes',
      '-days',
      '1',
      '-subj',
      '/CN=media.test',
      '-keyout',
      join(dir, 'key.pem'),
      '-out',
      join(dir, 'cert.pem'),
    ],
    { stdio: 'ignore' },
  );
  server = otherSite(readFileSync(join(dir, 'key.pem'), 'utf8'), readFileSync(join(dir, 'cert.pem'), 'utf8'));
  rmSync(dir, { recursive: true });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error('https server has no port');
  browser = await launchBrowser([
    `--host-resolver-rules=MAP media.test 127.0.0.1:${address.port}, MAP unreachable.test ~NOTFOUND`,
    '--ignore-certificate-errors', // the throwaway certificate
  ]);
  ({ page } = await openApp(browser, BASE));
  await trackLoads(page);
});
afterAll(async () => {
  await page?.context().close();
  await browser?.close();
  await new Promise((done) => server?.close(done));
});

async function openClip(url: string): Promise<void> {
  const before = await loadsSoFar(page);
  await page.evaluate((hash) => (window.location.hash = hash), `${BASE}&clip=${url}`);
  await waitForLoads(page, before + 1);
}

describe('clip=https://…', () => {
  it('loads a video served with CORS', async () => {
    await openClip('https://media.test/small.mp4');
    expect(await alertText(page)).toBeNull();
    expect(await readouts(page)).toMatchObject({ status: 'ready', inputShape: '16x96x160' });
    expect(await hashParam(page, 'clip')).toBe('https://media.test/small.mp4');
  });

  it('loads an image by URL as a one-frame video', async () => {
    await openClip('https://media.test/still.png');
    expect(await readouts(page)).toMatchObject({ status: 'ready', inputShape: '1x90x120' });
  });

  it.each([
    ['a server without CORS', 'https://media.test/no-cors.mp4', MESSAGES.urlBlocked],
    ['an unreachable server', 'https://unreachable.test/clip.mp4', MESSAGES.urlBlocked],
    ['a missing file', 'https://media.test/missing.mp4', httpStatusMessage(404)],
  ])('keeps the clip and says what to do for %s', async (_, url, message) => {
    const before = await readouts(page);
    await openClip(url);
    expect(await alertText(page)).toBe(messageText(message));
    expect(await readouts(page)).toEqual(before);
    // The URL points back at the clip on screen, so a copied link shows what the reader sees.
    expect(await hashParam(page, 'clip')).toBe('https://media.test/still.png');
  });
});

describe('clip=./path on the app’s own site', () => {
  it('loads a file served next to the app', async () => {
    await openClip('./clips/square.mp4');
    expect(await alertText(page)).toBeNull();
    expect(await readouts(page)).toMatchObject({ status: 'ready', inputShape: '49x480x480' });
    expect(await hashParam(page, 'clip')).toBe('./clips/square.mp4');
  });
});

describe('hostile names and addresses', () => {
  it('never turn into markup', async () => {
    const markup = '<img src=x onerror="window.__pwned=1">';
    await page.evaluate(() => ((window as unknown as { __pwned?: number }).__pwned = 0));
    await openClip(`https://media.test/${encodeURIComponent(markup)}.mp4`);
    const before = await loadsSoFar(page);
    await page.locator('input[type=file]').setInputFiles({
      name: `${markup}.mp4`,
      mimeType: 'video/mp4',
      buffer: readFileSync(fixture('small-160x96.mp4')),
    });
    await waitForLoads(page, before + 1);
    expect(await readouts(page)).toMatchObject({ status: 'ready', inputShape: '16x96x160' });
    expect(
      await page.evaluate(() => ({
        images: document.querySelectorAll('img').length,
        pwned: (window as unknown as { __pwned?: number }).__pwned,
      })),
    ).toEqual({ images: 0, pwned: 0 });
  });

  it('refuses a clip= that is not https:, with a note', async () => {
    await page.evaluate((hash) => (window.location.hash = hash), `${BASE}&clip=javascript:alert(1)`);
    await page.waitForFunction(() => document.querySelector('.notes:not([hidden]) li')?.textContent?.includes('clip'));
    expect(await readouts(page)).toMatchObject({ status: 'ready' });
    expect((await hashParam(page, 'clip')) ?? '').not.toContain('javascript');
  });
});
