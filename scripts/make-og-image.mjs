// Makes public/og-image.png, the picture a pasted link shows (og:image, twitter:image): the app itself, built and
// served here, photographed at 1200×630 in headless Chromium. Rerun it when the look of the view changes.
// Usage: flock /tmp/chromium.lock node scripts/make-og-image.mjs   (builds dist/ first)
import { launchChromium } from './chromium.mjs';
import { build, preview } from 'vite';

// The default clip cut into cubes and pulled apart, in the dark theme, without the panel: the idea at a glance.
const HASH = 'embed=1&hide=readout&theme=dark&vae=1x1x1&patch=8x45x40&t=32&explode=0.6&cam=-30,18,1.35';
const OUT = new URL('../public/og-image.png', import.meta.url).pathname;

await build({ logLevel: 'warn' });
const server = await preview({
  logLevel: 'warn',
  preview: { host: '127.0.0.1', port: 4173 + Math.floor(Math.random() * 1000) },
});
const browser = await launchChromium();
try {
  const page = await browser.newPage({ viewport: { width: 1200, height: 630 }, deviceScaleFactor: 1 });
  page.on('pageerror', (error) => console.error('pageerror', error.message));
  await page.goto(`${server.resolvedUrls?.local[0] ?? ''}index.html#${HASH}`);
  await page.waitForFunction(() => document.documentElement.dataset.status !== 'loading', null, { timeout: 120_000 });
  const status = await page.evaluate(() => document.documentElement.dataset.status);
  if (status !== 'ready') throw new Error(`the app did not get ready: data-status=${status}`);
  // Wait until the view has drawn the clip, and for the explode transition to settle.
  await page.waitForFunction(() => Number(document.querySelector('#view canvas')?.dataset.frames) > 0, null, {
    timeout: 120_000,
  });
  await page.waitForFunction(
    () =>
      new Promise((resolve) => {
        const canvas = document.querySelector('#view canvas');
        const before = canvas?.dataset.frames;
        setTimeout(() => resolve(canvas?.dataset.frames === before), 1500);
      }),
    null,
    { timeout: 120_000, polling: 2000 },
  );
  await page.screenshot({ path: OUT });
  console.log(OUT);
} finally {
  await browser.close();
  await server.close();
}
