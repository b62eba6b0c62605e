// Take screenshots of the built app in headless Chromium, to look at what people see.
// Usage: node scripts/screenshot.mjs <outDir> "<hash>" [more hashes…]   (serve dist/ first: npx vite preview --port 4173)
import { mkdirSync } from 'node:fs';
import { launchChromium } from './chromium.mjs';

const [outDir = '/tmp/shots', ...hashes] = process.argv.slice(2);
const base = process.env.APP_URL ?? 'http://127.0.0.1:4173/';
mkdirSync(outDir, { recursive: true });
const browser = await launchChromium();
const width = Number(process.env.W ?? 1280);
const height = Number(process.env.H ?? 800);
for (const [i, hash] of (hashes.length ? hashes : ['']).entries()) {
  const page = await browser.newPage({ viewport: { width, height } });
  page.on('pageerror', (e) => console.error('pageerror', e.message));
  page.on('console', (m) => m.type() === 'error' && console.error('console', m.text()));
  const t0 = Date.now();
  await page.goto(`${base}#${hash}`);
  await page.waitForFunction(() => document.documentElement.dataset.status !== 'loading', null, { timeout: 90_000 });
  await page.waitForTimeout(300);
  const status = await page.evaluate(() => document.documentElement.dataset.status);
  const file = `${outDir}/shot-${i}.png`;
  await page.screenshot({ path: file });
  console.log(file, status, `${Date.now() - t0} ms`, hash);
  await page.close();
}
await browser.close();
