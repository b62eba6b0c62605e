// time full re-renders of a view (hash change -> frame drawn and read back), median of 5
import { chromium } from 'playwright-core';
const base = process.env.APP_URL ?? 'http://127.0.0.1:4173/';
const hash = process.argv[2] ?? '';
const sizes = (process.env.SIZES ?? '1280x800').split(',').map((s) => s.split('x').map(Number));
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium',
  args: ['--no-sandbox', '--use-angle=swiftshader', '--enable-unsafe-swiftshader', '--disable-background-networking'] });
const sync = (page) => page.evaluate(() => { const gl = document.querySelector('canvas').getContext('webgl2'); gl.readPixels(0,0,1,1,gl.RGBA,gl.UNSIGNED_BYTE,new Uint8Array(4)); });
for (const [width, height] of sizes) {
  const page = await browser.newPage({ viewport: { width, height } });
  await page.goto(`${base}#${hash}`);
  await page.waitForFunction(() => document.documentElement.dataset.status === 'ready', null, { timeout: 90_000 });
  await sync(page); await page.waitForTimeout(300);
  const times = [];
  for (let i = 0; i < 5; i++) {
    await sync(page);
    const before = Number(await page.evaluate(() => document.querySelector('canvas').dataset.frames));
    const t0 = Date.now();
    await page.evaluate((i) => { location.hash = location.hash.replace(/&?explode=[^&]*/, '') + `&explode=0.${31 + i}`; }, i);
    await page.waitForFunction((n) => Number(document.querySelector('canvas').dataset.frames) > n, before, { polling: 5 });
    await sync(page);
    times.push(Date.now() - t0);
  }
  const med = [...times].sort((a, b) => a - b)[2];
  console.log(`${width}x${height} ${hash}: median ${med} ms (${times.join(' ')})`);
  await page.close();
}
await browser.close();
