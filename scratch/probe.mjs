import { chromium } from 'playwright-core';
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium',
  args: ['--no-sandbox', '--use-angle=swiftshader', '--enable-unsafe-swiftshader', '--disable-background-networking'] });
const page = await browser.newPage();
await page.goto('http://127.0.0.1:4173/');
await page.waitForFunction(() => document.documentElement.dataset.status === 'ready');
console.log(await page.evaluate(() => {
  const c = document.createElement('canvas');
  const a = c.getContext('webgl2', { failIfMajorPerformanceCaveat: true });
  const gl = document.createElement('canvas').getContext('webgl2');
  const ext = gl.getExtension('WEBGL_debug_renderer_info');
  return { caveat: a === null, renderer: gl.getParameter(ext.UNMASKED_RENDERER_WEBGL), plain: gl.getParameter(gl.RENDERER), aa: document.querySelector('canvas').dataset.antialias };
}));
await browser.close();
