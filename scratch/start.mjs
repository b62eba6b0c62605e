import { chromium } from 'playwright-core';
const base = process.env.APP_URL ?? 'http://127.0.0.1:4173/';
const hash = process.argv[2] ?? '';
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium',
  args: ['--no-sandbox', '--use-angle=swiftshader', '--enable-unsafe-swiftshader', '--disable-background-networking'] });
const warm = await browser.newPage(); await warm.goto(process.env.WARM ?? `${base}#clip=square`);
if (!process.env.WARM) await warm.waitForFunction(() => document.documentElement.dataset.status === 'ready', null, { timeout: 90_000 }); await warm.close();
for (let i = 0; i < Number(process.env.N ?? 3); i++) {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  await page.addInitScript(() => {
    const id = setInterval(() => {
      if (document.documentElement?.dataset.status === 'ready' && !window.__ready) {
        clearInterval(id);
        window.__ready = performance.now();
        requestAnimationFrame(() => (window.__raf = performance.now()));
        setTimeout(() => { const gl = document.querySelector('canvas').getContext('webgl2'); gl.readPixels(0,0,1,1,gl.RGBA,gl.UNSIGNED_BYTE,new Uint8Array(4)); window.__done = performance.now(); });
      }
    }, 4);
  });
  await page.goto(`${base}#${hash}`);
  await page.waitForFunction(() => window.__raf, null, { timeout: 90_000, polling: 100 });
  const r = await page.evaluate(() => {
    const d = performance.getEntriesByName('decode')[0];
    const marks = performance.getEntriesByType('mark').map((m) => `${m.name}@${m.startTime.toFixed(0)}`).join(' ');
    return `decode ${d.startTime.toFixed(0)}→${(d.startTime + d.duration).toFixed(0)} (${d.duration.toFixed(0)}), ready ${window.__ready.toFixed(0)}, presented ${window.__raf.toFixed(0)} finished ${window.__done.toFixed(0)} (${(window.__done / d.duration).toFixed(2)}) ratio ${(window.__raf / d.duration).toFixed(2)} | ${marks}`;
  });
  console.log(r);
  await page.close();
}
await browser.close();
