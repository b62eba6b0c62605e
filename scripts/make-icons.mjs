// Renders public/favicon.svg into the PNG icons the manifest and the page name (public/icons/), in headless
// Chromium. Maskable and Apple icons are full-bleed: the cube sits in the middle 70%, inside the safe zone.
// Usage: flock /tmp/chromium.lock node scripts/make-icons.mjs
import { mkdirSync, readFileSync } from 'node:fs';
import { launchChromium } from './chromium.mjs';

const svg = readFileSync(new URL('../public/favicon.svg', import.meta.url), 'utf8');
const out = new URL('../public/icons/', import.meta.url);
const BACKGROUND = '#0e1117';
const ICONS = [
  { file: 'favicon-32.png', size: 32, bleed: false },
  { file: 'icon-192.png', size: 192, bleed: false },
  { file: 'icon-512.png', size: 512, bleed: false },
  { file: 'maskable-512.png', size: 512, bleed: true },
  { file: 'apple-touch-icon.png', size: 180, bleed: true },
];

mkdirSync(out, { recursive: true });
const browser = await launchChromium();
try {
  const page = await browser.newPage();
  for (const { file, size, bleed } of ICONS) {
    await page.setViewportSize({ width: size, height: size });
    const inner = bleed ? Math.round(size * 0.7) : size;
    const url = `data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}`;
    await page.setContent(
      `<body style="margin:0;display:grid;place-items:center;width:${size}px;height:${size}px;` +
        `background:${bleed ? BACKGROUND : 'transparent'}"><img src="${url}" width="${inner}" height="${inner}"></body>`,
    );
    await page.locator('img').evaluate((img) => img.decode());
    await page.screenshot({ path: new URL(file, out).pathname, omitBackground: !bleed });
    console.log(`public/icons/${file}`);
  }
} finally {
  await browser.close();
}
