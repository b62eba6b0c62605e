// Offline use: after one visit the service worker has precached the build and the clips, so a reload without a
// network (a classroom Wi-Fi drop) still reaches ready with the clip drawn, at / and from a subpath.
import type { Browser, Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { canvasStats, readouts, sharedBrowser } from './browser';

const browser = sharedBrowser();
const SMALL = 'vae=1x1x1&patch=4x45x40&w=320&h=180&t=16';

async function waitReady(page: Page): Promise<void> {
  await page.waitForFunction(() => document.documentElement.dataset.status !== 'loading', null, { timeout: 90_000 });
  expect(await page.evaluate(() => document.documentElement.dataset.status)).toBe('ready');
  await page.waitForFunction(() => Number(document.querySelector<HTMLElement>('#view canvas')?.dataset.frames) > 0);
}

/** The names of this origin's caches and how many entries each holds, once the worker controls the page. */
async function precached(page: Page): Promise<{ scope: string; caches: Record<string, string[]> }> {
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null, null, { timeout: 90_000 });
  return page.evaluate(async () => {
    const registration = await navigator.serviceWorker.ready;
    const all: Record<string, string[]> = {};
    for (const name of await caches.keys())
      all[name] = (await (await caches.open(name)).keys()).map((request) => new URL(request.url).pathname);
    return { scope: registration.scope, caches: all };
  });
}

async function offlineReload(b: Browser, dir: string): Promise<void> {
  const context = await b.newContext({ viewport: { width: 800, height: 560 } });
  context.setDefaultTimeout(90_000);
  try {
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(`pageerror: ${error.message}`));
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(`console: ${message.text()}`);
    });
    const base = `${inject('baseUrl')}${dir}`;
    await page.goto(`${base}index.html#${SMALL}`);
    await waitReady(page);
    const online = await readouts(page);

    const { scope, caches } = await precached(page);
    expect(scope).toBe(base);
    const mine = Object.entries(caches).filter(([name]) => name.includes(`:${base}:`));
    expect(mine).toHaveLength(1); // one build, one cache, named for this scope
    const paths = mine[0]![1];
    const path = new URL(base).pathname;
    for (const file of [
      'index.html',
      'embed-demo.html',
      'clips/landscape.mp4',
      'clips/square.mp4',
      'manifest.webmanifest',
    ])
      expect(paths).toContain(`${path}${file}`);
    expect(paths.some((p) => /\/assets\/decode\.worker-.*\.js$/.test(p))).toBe(true);

    await context.setOffline(true);
    const response = await page.reload();
    expect(response?.fromServiceWorker()).toBe(true);
    await waitReady(page);
    expect(await readouts(page)).toEqual(online);
    expect((await canvasStats(page)).colours).toBeGreaterThan(30); // the clip is drawn, not a blank canvas
    expect(errors).toEqual([]);

    // Really offline: what the worker did not precache fails.
    const probe = await page.evaluate(() =>
      fetch(`not-precached.txt?${Date.now()}`).then(
        () => 'fetched',
        () => 'failed',
      ),
    );
    expect(probe).toBe('failed');

    // An embed of the same copy is served by the same worker.
    const embed = await context.newPage();
    const embedResponse = await embed.goto(`${base}index.html#${SMALL}&embed=1&hide=readout`);
    expect(embedResponse?.fromServiceWorker()).toBe(true);
    await waitReady(embed);
  } finally {
    await context.close();
  }
}

describe('offline', () => {
  it('reloads without a network: ready, the same readouts, the clip drawn', async () => {
    await offlineReload(browser(), '');
  });

  it('works the same from a subpath, with a cache of its own', async () => {
    await offlineReload(browser(), 'sub/path/');
  });
});

/** Width and height from a PNG's IHDR chunk. */
function pngSize(bytes: Buffer): [number, number] {
  expect(bytes.subarray(1, 4).toString('latin1')).toBe('PNG');
  return [bytes.readUInt32BE(16), bytes.readUInt32BE(20)];
}

describe('install and link previews', () => {
  it('has a manifest with relative start and scope, icons of the sizes it names, a favicon and preview tags', async () => {
    const context = await browser().newContext();
    try {
      const base = inject('baseUrl');
      const get = async (url: string) => {
        const response = await context.request.get(new URL(url, base).href);
        expect(response.status(), url).toBe(200);
        return response;
      };
      const html = await (await get('index.html')).text();
      const attr = (pattern: RegExp) => pattern.exec(html)?.[1] ?? '';
      const manifestUrl = new URL(attr(/<link rel="manifest" href="([^"]+)"/), base).href;
      const manifest = (await (await get(manifestUrl)).json()) as {
        start_url: string;
        scope: string;
        name: string;
        theme_color: string;
        icons: { src: string; sizes: string; type: string; purpose?: string }[];
      };
      expect([manifest.start_url, manifest.scope]).toEqual(['./index.html', './']);
      expect(manifest.name).toContain('Spacetime patches');
      expect(manifest.theme_color).toMatch(/^#[0-9a-f]{6}$/);
      for (const icon of manifest.icons.filter((i) => i.type === 'image/png')) {
        const size = Number(icon.sizes.split('x')[0]);
        expect(pngSize(await (await get(new URL(icon.src, manifestUrl).href)).body())).toEqual([size, size]);
      }
      expect(manifest.icons.map((i) => `${i.sizes}:${i.purpose ?? 'any'}`)).toEqual(
        expect.arrayContaining(['192x192:any', '512x512:any', '512x512:maskable']),
      );
      const svg = await (await get(attr(/<link rel="icon" href="([^"]+)" type="image\/svg\+xml"/))).text();
      expect(svg).toContain('<svg');
      expect(pngSize(await (await get(attr(/<link rel="icon" href="([^"]+)" type="image\/png"/))).body())).toEqual([
        32, 32,
      ]);

      expect(attr(/<meta property="og:title" content="([^"]+)"/)).toContain('Spacetime patches');
      expect(attr(/<meta property="og:description" content="([^"]+)"/).length).toBeGreaterThan(40);
      expect(attr(/<meta name="twitter:card" content="([^"]+)"/)).toBe('summary_large_image');
      const image = attr(/<meta property="og:image" content="([^"]+)"/);
      expect(attr(/<meta name="twitter:image" content="([^"]+)"/)).toBe(image);
      expect(pngSize(await (await get(image)).body())).toEqual([1200, 630]);
    } finally {
      await context.close();
    }
  });
});
