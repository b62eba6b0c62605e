import { chromium } from 'playwright-core';
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium',
  args: ['--no-sandbox', '--use-angle=swiftshader', '--enable-unsafe-swiftshader', '--disable-background-networking'] });
const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
await page.goto('http://127.0.0.1:4173/#' + (process.argv[2] ?? ''));
await page.waitForFunction(() => document.documentElement.dataset.status === 'ready');
console.log('at ready', await page.evaluate(() => document.querySelector('canvas').dataset.frames));
await page.waitForTimeout(3000);
console.log('later', await page.evaluate(() => document.querySelector('canvas').dataset.frames));
await browser.close();
