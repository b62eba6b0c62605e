// `npm run bench`: builds (via the npm script), serves dist/, drives headless Chromium through fixed scenarios
// and prints figures side by side. Figures, not pass/fail: see README, Performance.
import { readFileSync, readdirSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { launchChromium } from '../scripts/chromium.mjs';
import { FLOOR_PAGE, VIDEO_PAGE } from './reference.mjs';

const DIST = resolve(fileURLToPath(new URL('../dist', import.meta.url)));
/** The default clip, as a user's own file. */
const CLIP_FILE = fileURLToPath(new URL('../public/clips/landscape.mp4', import.meta.url));
const MEDIABUNNY = fileURLToPath(new URL('../node_modules/mediabunny/dist/bundles/mediabunny.mjs', import.meta.url));
/** The demo page's first embed on a page of its own: the same view, as an embed, with no other embed. */
const ONE_EMBED_PAGE = `<!doctype html><meta charset="utf-8"><title>one embed</title>
<style>body { max-width: 760px; margin: 2rem auto; } iframe { display: block; width: 100%; height: 420px; border: 0; }</style>
<h1>One embed</h1><iframe loading="lazy" src="../index.html#view=stack&explode=0.6&w=320&h=180&t=16&embed=1"></iframe>`;
const BENCH_PAGES = {
  '/bench/floor.html': [FLOOR_PAGE, 'text/html'],
  '/bench/video.html': [VIDEO_PAGE, 'text/html'],
  '/bench/one-embed.html': [ONE_EMBED_PAGE, 'text/html'],
};
const TYPES = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.mjs': 'text/javascript',
  '.css': 'text/css',
  '.mp4': 'video/mp4',
};

function bundleSizes() {
  const html = readFileSync(join(DIST, 'index.html'), 'utf8');
  // The first script and its styles; a preloaded chunk (the 3D view, fetched at low priority beside them by a
  // link that a small script in the page adds outside embeds) is listed apart.
  // The first script is either a plain tag or, where embeds wait to be on screen, named in the small loader
  // at the end of the body (`withEmbedGate`).
  const initial = [
    ...html.matchAll(/<(?:script|link rel="stylesheet")[^>]*(?:src|href)="\.\/(assets\/[^"]+\.(?:js|css))"/g),
    ...html.matchAll(/type: 'module'[^}]*src: '\.\/(assets\/[^']+\.js)'/g),
  ].map((m) => m[1]);
  const preloaded = [...html.matchAll(/modulepreload[^>]*?href(?:="|: ')\.\/(assets\/[^"']+\.js)/g)].map((m) => m[1]);
  const all = readdirSync(join(DIST, 'assets'))
    .filter((f) => f.endsWith('.js'))
    .map((f) => `assets/${f}`);
  const gz = (file) => gzipSync(readFileSync(join(DIST, file))).length;
  const initialJs = initial.filter((f) => f.endsWith('.js'));
  return {
    initialJsGzip: initialJs.reduce((sum, f) => sum + gz(f), 0),
    preloaded,
    lazy: all.filter((f) => !initialJs.includes(f)).map((f) => ({ file: f, gzip: gz(f) })),
  };
}

function serve() {
  const server = createServer((req, res) => {
    let path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
    if (path.endsWith('/')) path += 'index.html';
    const page = BENCH_PAGES[path];
    if (page) return res.writeHead(200, { 'Content-Type': page[1] }).end(page[0]);
    const file = path === '/bench/mediabunny.mjs' ? MEDIABUNNY : normalize(join(DIST, path));
    let body;
    try {
      body = readFileSync(file);
    } catch {
      return res.writeHead(404).end();
    }
    const type = TYPES[extname(file)] ?? 'application/octet-stream';
    // Byte ranges, as any real server: <video> seeks with them and mediabunny reads the clip with them.
    const range = /^bytes=(\d*)-(\d*)$/.exec(req.headers.range ?? '');
    if (!range) return res.writeHead(200, { 'Content-Type': type, 'Accept-Ranges': 'bytes' }).end(body);
    const start = range[1] ? Number(range[1]) : Math.max(0, body.length - Number(range[2]));
    const end = range[1] && range[2] ? Math.min(Number(range[2]), body.length - 1) : body.length - 1;
    res
      .writeHead(206, {
        'Content-Type': type,
        'Accept-Ranges': 'bytes',
        'Content-Range': `bytes ${start}-${end}/${body.length}`,
      })
      .end(body.subarray(start, end + 1));
  });
  return new Promise((done) => server.listen(0, '127.0.0.1', () => done(server)));
}

const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
const ms = (n) => `${n.toFixed(0)} ms`;

// Software WebGL renders a frame long after the draw call returns (about a second for ~15k cubes). Reading
// one pixel back waits until the view's last frame is really rendered.
const renderedNow = (page) =>
  page.evaluate(() => {
    const gl = document.querySelector('canvas').getContext('webgl2');
    gl.readPixels(0, 0, 1, 1, gl.RGBA, gl.UNSIGNED_BYTE, new Uint8Array(4));
  });
const nextFrame = (page) => page.evaluate(() => new Promise((r) => requestAnimationFrame(() => r())));
const decodes = (page) => page.evaluate(() => performance.getEntriesByName('decode').map((e) => e.duration));

/** In the page, from its start: when `data-status` first turns `ready`, and when the first picture is drawn. */
function observeStart() {
  new MutationObserver((_, observer) => {
    if (document.documentElement.dataset.status !== 'ready') return;
    window.__readyAt = performance.now();
    observer.disconnect();
  }).observe(document, { subtree: true, attributeFilter: ['data-status'] });
  // The first picture drawn with any of the clip's frames (canvas data-volume-frames, where the view has it).
  new MutationObserver((_, observer) => {
    if (!(Number(document.querySelector('canvas')?.dataset.volumeFrames) >= 1)) return;
    window.__firstPictureAt = performance.now();
    observer.disconnect();
  }).observe(document, { subtree: true, attributeFilter: ['data-volume-frames'] });
}

async function readyFigures(browser, base) {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  // The moment `data-status` turns `ready`, as the page's own observers see it. Polling from here would add
  // however long the browser takes to run the next animation frame, which in software WebGL can mean waiting
  // for the first picture to be finished, and that is measured apart (pictureMs).
  await page.addInitScript(observeStart);
  await page.goto(`${base}index.html`);
  await page.waitForFunction(() => window.__readyAt !== undefined, null, { timeout: 120_000 });
  const readyMs = await page.evaluate(() => window.__readyAt);
  await renderedNow(page);
  const pictureMs = await page.evaluate(() => performance.now());
  const [decodeMs] = await decodes(page);
  const firstPictureMs = await page.evaluate(() => window.__firstPictureAt ?? NaN);
  const timings = await page.evaluate(() => performance.getEntriesByName('decode-timings')[0]?.detail ?? null);
  const decodeStartMs = await page.evaluate(() => performance.getEntriesByName('decode')[0].startTime);
  const viewReadyMs = await page.evaluate(() => performance.getEntriesByName('view-ready')[0]?.startTime ?? NaN);
  // The start's timeline, each from navigation start: the first script in, the page built, the decode worker
  // started, the first frame on the page, the decode done.
  const timeline = await page.evaluate(() => {
    const at = (name) => performance.getEntriesByName(name)[0]?.startTime ?? NaN;
    const script = performance.getEntriesByType('resource').find((e) => /\/assets\/main-[^/]*\.js$/.test(e.name));
    const decode = performance.getEntriesByName('decode')[0];
    return {
      scriptMs: script?.responseEnd ?? NaN,
      builtMs: at('page-built'),
      workerMs: at('decode-worker-started'),
      firstFrameMs: at('decode-first-frame'),
      decodedMs: decode ? decode.startTime + decode.duration : NaN,
    };
  });
  // The same clip decoded again with nothing else going on: at start the decode shares two cores with
  // building the page, which makes it slower. Another clip comes in between, so the clip is loaded anew.
  for (const clip of ['portrait', 'landscape']) {
    const count = (await decodes(page)).length;
    await renderedNow(page);
    await page.waitForTimeout(500);
    await page.evaluate((c) => (location.hash = `clip=${c}`), clip);
    await page.waitForFunction((n) => performance.getEntriesByName('decode').length > n, count, { timeout: 120_000 });
  }
  const idleDecodeMs = (await decodes(page)).at(-1);
  const idleTimings = await page.evaluate(() => performance.getEntriesByName('decode-timings').at(-1)?.detail ?? null);
  // The last clip's frame must be finished before the page goes, or the next load shares the CPU with it.
  await page.waitForFunction(() => document.documentElement.dataset.status === 'ready', null, { timeout: 120_000 });
  await renderedNow(page);
  await page.close();
  return {
    readyMs,
    decodeMs,
    idleDecodeMs,
    firstPictureMs,
    timings,
    idleTimings,
    decodeStartMs,
    viewReadyMs,
    timeline,
    pictureMs,
    pictureRatio: pictureMs / decodeMs,
    ratio: readyMs / decodeMs,
    idleRatio: readyMs / idleDecodeMs,
  };
}

/**
 * The same clip by the two other inputs: a link's clip (`clip=` its URL: not a bundled clip, so its shape is
 * known only from its container), first picture and ready from navigation start; then, on that page once idle,
 * the user's own file (a Blob, not a URL), its decode as the page measures it.
 */
async function otherInputFigures(browser, base) {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  try {
    await page.addInitScript(observeStart);
    await page.goto(`${base}index.html#clip=${encodeURIComponent(`${base}clips/landscape.mp4`)}`);
    await page.waitForFunction(() => window.__readyAt !== undefined, null, { timeout: 120_000 });
    const { readyMs, firstPictureMs } = await page.evaluate(() => ({
      readyMs: window.__readyAt,
      firstPictureMs: window.__firstPictureAt ?? NaN,
    }));
    await renderedNow(page);
    await page.waitForTimeout(500);
    const count = (await decodes(page)).length;
    await page.locator('input[type=file]').setInputFiles(CLIP_FILE);
    await page.waitForFunction((n) => performance.getEntriesByName('decode').length > n, count, { timeout: 120_000 });
    const fileDecodeMs = (await decodes(page)).at(-1);
    await page.waitForFunction(() => document.documentElement.dataset.status === 'ready', null, { timeout: 120_000 });
    await renderedNow(page);
    return { readyMs, firstPictureMs, fileDecodeMs };
  } finally {
    await page.close();
  }
}

/**
 * A fresh browser starts its GPU process and software WebGL on the first page that asks for them, which costs
 * seconds here; a page with a bare WebGL context pays that first, so the app is timed as a visitor's browser runs it.
 */
async function warmUpWebgl(browser) {
  const page = await browser.newPage();
  await page.setContent('<canvas></canvas>');
  await page.evaluate(() => {
    const gl = document.querySelector('canvas').getContext('webgl2');
    gl.clear(gl.COLOR_BUFFER_BIT);
    gl.readPixels(0, 0, 1, 1, gl.RGBA, gl.UNSIGNED_BYTE, new Uint8Array(4));
  });
  await page.close();
}

const LOADS = Number(process.env.BENCH_LOADS) || 5; // BENCH_LOADS=n: fewer, for a quick look

/** The floor and the <video> reference for the default clip, each on a fresh page. */
async function referenceFigures(browser, base) {
  const run = async (path, key) => {
    const page = await browser.newPage();
    const failed = new Promise((_, reject) => page.on('pageerror', reject));
    try {
      await page.goto(`${base}${path}`);
      await Promise.race([failed, page.waitForFunction((k) => window[k] !== undefined, key, { timeout: 120_000 })]);
      return await page.evaluate((k) => window[k], key);
    } finally {
      await page.close();
    }
  };
  return {
    floor: await run('bench/floor.html#../clips/landscape.mp4', '__floor'),
    video: await run('bench/video.html#../clips/landscape.mp4|49', '__video'),
  };
}
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

/** From a hash change to its frame rendered and composited, starting with no frame on its way. */
async function frameAfter(page, hash) {
  await renderedNow(page);
  await nextFrame(page);
  const before = Number(await page.evaluate(() => document.querySelector('canvas').dataset.frames));
  const t0 = Date.now();
  await page.evaluate((h) => (location.hash = h), hash);
  await page.waitForFunction((n) => Number(document.querySelector('canvas').dataset.frames) > n, before, {
    timeout: 120_000,
  });
  await renderedNow(page);
  await nextFrame(page);
  return Date.now() - t0;
}

async function resliceFigures(browser, base) {
  // Pixel-space patches on 640×360 clips of growing length: about 14k, 118k and 1.8M tokens.
  const scenes = [
    ['14k', 'w=640&h=360&t=32&vae=1x1x1&patch=2x16x16&fit=crop', 'w=640&h=360&t=32&vae=1x1x1&patch=2x16x16&fit=pad'],
    ['118k', 'w=1280&h=720&t=129&vae=4x8x8&patch=1x2x2', 'w=1280&h=720&t=129&vae=4x8x8&patch=1x2x2&fit=crop'],
    ['1.8M', 'w=1280&h=720&t=129&vae=1x4x4&patch=1x2x2', 'w=1280&h=720&t=129&vae=1x4x4&patch=1x2x2&fit=crop'],
  ];
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  await page.goto(`${base}index.html#w=320&h=180&t=16&vae=1x1x1&patch=4x45x40`);
  await page.waitForFunction(() => document.documentElement.dataset.status === 'ready', null, { timeout: 120_000 });
  const rows = [];
  for (const [label, setup, change] of scenes) {
    await frameAfter(page, setup);
    const reslice = await frameAfter(page, change);
    const info = await page.evaluate(() => ({
      tokens: document.querySelector('[data-testid=token-count]').dataset.value,
      calls: Number(document.querySelector('canvas').dataset.calls),
    }));
    rows.push({ label, tokens: info.tokens, resliceMs: reslice, calls: info.calls });
  }
  const frames0 = Number(await page.evaluate(() => document.querySelector('canvas').dataset.frames));
  await page.waitForTimeout(2000);
  const idleFrames = Number(await page.evaluate(() => document.querySelector('canvas').dataset.frames)) - frames0;
  await page.close();
  return { rows, idleFrames };
}

/**
 * Attention: a highlight change (pattern, at a fixed query in the middle) is a uniform change, so it costs one
 * frame like a re-slice; and the mask figure's redraw for a new pattern at 1.8M tokens, from the hash change
 * to the canvas's data-value naming the new pattern (the CPU work, in the page).
 */
async function attentionFigures(browser, base) {
  const scenes = [
    ['14k', 'w=640&h=360&t=32&vae=1x1x1&patch=2x16x16&fit=crop&token=7500'],
    ['1.8M', 'w=1280&h=720&t=129&vae=1x4x4&patch=1x2x2&token=928880'],
  ];
  const frames = (page) => page.evaluate(() => Number(document.querySelector('canvas').dataset.frames));
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  await page.goto(`${base}index.html#w=320&h=180&t=16&vae=1x1x1&patch=4x45x40`);
  await page.waitForFunction(() => document.documentElement.dataset.status === 'ready', null, { timeout: 120_000 });
  const rows = [];
  for (const [label, setup] of scenes) {
    await frameAfter(page, `${setup}&attn=full`);
    const before = await frames(page);
    const highlightMs = await frameAfter(page, `${setup}&attn=window&window=3x7x7`);
    const drawn = (await frames(page)) - before;
    const calls = Number(await page.evaluate(() => document.querySelector('canvas').dataset.calls));
    const queryMs = await frameAfter(page, `${setup.replace(/token=\d+/, 'token=1000')}&attn=window&window=3x7x7`);
    rows.push({ label, highlightMs, queryMs, drawn, calls });
  }
  const maskMs = await page.evaluate(
    (hash) =>
      new Promise((resolve) => {
        const mask = document.querySelector('[data-testid=attn-mask]');
        const t0 = performance.now();
        const observer = new MutationObserver(() => {
          if (!mask.dataset.value?.startsWith('spatial@')) return;
          observer.disconnect();
          resolve(performance.now() - t0);
        });
        observer.observe(mask, { attributes: true, attributeFilter: ['data-value'] });
        location.hash = hash;
      }),
    `${scenes[1][1]}&attn=spatial`,
  );
  await page.close();
  return { rows, maskMs };
}

async function memoryFigures(browser, base) {
  const page = await browser.newPage();
  await page.goto(`${base}index.html#w=320&h=180&t=16&vae=1x1x1&patch=4x45x40`);
  await page.waitForFunction(() => document.documentElement.dataset.status === 'ready', null, { timeout: 120_000 });
  const sample = async () => {
    await page.evaluate(() => new Promise((r) => setTimeout(r, 50)));
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('HeapProfiler.collectGarbage');
    await cdp.detach();
    return page.evaluate(() => ({
      heap: performance.memory?.usedJSHeapSize ?? NaN,
      texture: Number(document.querySelector('canvas').dataset.textureBytes),
    }));
  };
  const first = await sample();
  const clips = ['portrait', 'square', 'landscape'];
  for (let i = 0; i < 20; i++) {
    await page.evaluate(
      (clip) => (location.hash = `clip=${clip}&w=320&h=180&t=16&vae=1x1x1&patch=4x45x40`),
      clips[i % 3],
    );
    await page
      .waitForFunction(() => !document.querySelector('.progress').hidden, null, { timeout: 5_000, polling: 5 })
      .catch(() => {});
    await page.waitForFunction(() => document.querySelector('.progress').hidden, null, { timeout: 60_000 });
  }
  const last = await sample();
  await page.close();
  return { first, last };
}

/** The worker's own time for a load: from opening the file to handing on its last frame. */
const workerMs = (t) => (t ? t.openMs + t.decodeMs + t.convertMs + t.sendMs : NaN);

function printSideBySide(refs, runs, others) {
  const m = (values) => median(values.filter((v) => Number.isFinite(v)));
  const floor = m(refs.map((r) => r.floor.floorMs));
  const video = m(refs.map((r) => r.video.videoMs));
  const rows = [
    ['floor: mediabunny samples() + copyTo RGBA', floor, 'its own page, from its start'],
    ['<video> seek and draw, 49 frames', video, 'its own page, from its start'],
    ['app decode, idle page', m(runs.map((r) => r.idleDecodeMs)), 'performance measure `decode`'],
    [
      '  of which the worker alone',
      m(runs.map((r) => workerMs(r.idleTimings))),
      'open + demux + decode + conversion + hand-on, in the worker',
    ],
    ['app decode, while the page is built', m(runs.map((r) => r.decodeMs)), ''],
    ['app first picture', m(runs.map((r) => r.firstPictureMs)), 'from navigation start; canvas data-volume-frames ≥ 1'],
    ['app ready', m(runs.map((r) => r.readyMs)), 'from navigation start'],
    ["a link's clip (clip=URL): first picture", m(others.map((r) => r.firstPictureMs)), 'from navigation start'],
    ["a link's clip: ready", m(others.map((r) => r.readyMs)), 'from navigation start'],
    ["the user's own file: decode, idle page", m(others.map((r) => r.fileDecodeMs)), 'performance measure `decode`'],
  ];
  console.log(`\nSide by side (default clip, 49 frames 640×360; medians of ${LOADS})`);
  console.log('                                              time   × <video>  × floor');
  for (const [label, value, note] of rows) {
    const cells = Number.isFinite(value)
      ? `${ms(value).padStart(8)}   ${(value / video).toFixed(2).padStart(6)}×  ${(value / floor).toFixed(2).padStart(6)}×`
      : '     n/a (the view sets no data-volume-frames yet)';
    console.log(`  ${label.padEnd(42)} ${cells}${note ? `  ${note}` : ''}`);
  }
  console.log('  targets: app decode ≤ 2× floor; first picture ≤ 1.0× and ready ≤ 1.2× <video>');
  const part = (key) => m(refs.map((r) => r.floor[key]));
  console.log('\nWhere the time goes');
  console.log(
    `  floor, in parts: demux alone ${ms(part('demuxMs'))}; demux + decode ${ms(part('decodeMs'))}; ` +
      `+ copyTo RGBA ${ms(floor)}; into a new buffer each frame ${ms(part('freshMs'))}; ` +
      `draw to a 2D canvas + getImageData instead ${ms(part('canvasMs'))}`,
  );
  for (const [label, key] of [
    ['app, idle', 'idleTimings'],
    ['app, at start', 'timings'],
  ]) {
    const t = runs.map((r) => r[key]).filter(Boolean);
    if (t.length === 0) continue;
    const at = (k) => m(t.map((x) => x[k] ?? NaN));
    const paths = Object.entries(t[0].paths ?? {})
      .map(([path, n]) => `${path} ${n}`)
      .join(', ');
    console.log(
      `  ${label}: open ${ms(at('openMs'))}; demux + decode ${ms(at('decodeMs'))}; colour conversion + copy ` +
        `${ms(at('convertMs'))} (${paths}); hand-on ${ms(at('sendMs'))}; transfer latency ${ms(at('transferMs'))} ` +
        `(summed over frames, overlaps decoding); assembling on the page ${ms(at('assembleMs'))}; ` +
        `upload while decoding ${ms(at('uploadMs'))} in ${at('uploadCalls')} calls (not awaited)`,
    );
  }
}

/**
 * The first embed of embed-demo.html (12 lazy iframes) against the same view alone: time from navigation
 * start to its `data-status=ready`, in wall-clock time so the iframe and the page compare.
 */
async function embedFigures(browser, base) {
  const firstLesson = 'view=stack&explode=0.6&w=320&h=180&t=16&embed=1';
  const readyAt = async (url) => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    try {
      await page.addInitScript(() => {
        new MutationObserver((_, observer) => {
          if (document.documentElement.dataset.status !== 'ready') return;
          window.__readyAbs = performance.timeOrigin + performance.now();
          observer.disconnect();
        }).observe(document, { subtree: true, attributeFilter: ['data-status'] });
      });
      await page.goto(url);
      const start = await page.evaluate(() => performance.timeOrigin);
      const frame = () => page.frames().find((f) => f.url().includes('view=stack'));
      while (!frame()) await page.waitForTimeout(50);
      await frame().waitForFunction(() => window.__readyAbs !== undefined, null, { timeout: 120_000 });
      const ready = (await frame().evaluate(() => window.__readyAbs)) - start;
      const others = await page.evaluate(
        () =>
          [...document.querySelectorAll('iframe')].filter(
            (f) => f.contentDocument?.documentElement.dataset.status === 'ready',
          ).length,
      );
      return { ready, others };
    } finally {
      await page.close();
    }
  };
  const alone = [];
  const oneEmbed = [];
  const first = [];
  for (let i = 0; i < 3; i++) {
    alone.push((await readyAt(`${base}index.html#${firstLesson}`)).ready);
    oneEmbed.push((await readyAt(`${base}bench/one-embed.html`)).ready);
    first.push(await readyAt(`${base}embed-demo.html`));
  }
  return {
    alone: median(alone),
    oneEmbed: median(oneEmbed),
    first: median(first.map((f) => f.ready)),
    readyThen: first.map((f) => f.others),
  };
}

const server = await serve();
const base = `http://127.0.0.1:${server.address().port}/`;
const browser = await launchChromium(['--enable-precise-memory-info']);
try {
  const sizes = bundleSizes();
  console.log('\nBundle');
  console.log(`  initial JS (gzip)        ${kb(sizes.initialJsGzip)}`);
  for (const chunk of sizes.lazy)
    console.log(
      `  ${sizes.preloaded.includes(chunk.file) ? 'preloaded' : 'lazy'} ${chunk.file.padEnd(30)} ${kb(chunk.gzip)} gzip`,
    );

  await warmUpWebgl(browser);
  // BENCH_ONLY=attention: the attention figures alone.
  if (process.env.BENCH_ONLY === 'attention' || !process.env.BENCH_ONLY) {
    const attention = await attentionFigures(browser, base);
    console.log('\nAttention highlight (pattern change full → window 3×7×7 → frame; then a new query)');
    console.log('  scene   highlight   frames   draw calls   new query');
    for (const r of attention.rows)
      console.log(
        `  ${r.label.padEnd(7)} ${ms(r.highlightMs).padStart(9)}   ${String(r.drawn).padStart(6)}   ` +
          `${String(r.calls).padStart(10)}   ${ms(r.queryMs).padStart(9)}`,
      );
    console.log(`  mask figure redraw at 1.8M (hash change → new mask): ${ms(attention.maskMs)}`);
  }
  if (process.env.BENCH_ONLY === 'attention') {
    await browser.close();
    server.close();
    process.exit(0);
  }
  if (process.env.BENCH_ONLY === 'embeds') {
    const embeds = await embedFigures(browser, base);
    console.log(
      `embeds: alone ${ms(embeds.alone)}, alone in an iframe ${ms(embeds.oneEmbed)}, first on the demo page ` +
        `${ms(embeds.first)}: ${(embeds.first / embeds.alone).toFixed(2)}× alone, ` +
        `${(embeds.first / embeds.oneEmbed).toFixed(2)}× in an iframe; ready by then: ${embeds.readyThen.join(', ')}`,
    );
    await browser.close();
    server.close();
    process.exit(0); // the rest is skipped (the finally below would close them again)
  }
  const runs = [];
  const refs = [];
  const others = [];
  // Interleaved, so that a busy spell on the machine falls on all of them alike.
  for (let i = 0; i < LOADS; i++) {
    refs.push(await referenceFigures(browser, base));
    runs.push(await readyFigures(browser, base));
    others.push(await otherInputFigures(browser, base));
  }
  const ready = Object.fromEntries(
    ['readyMs', 'decodeMs', 'idleDecodeMs', 'ratio', 'idleRatio', 'pictureMs', 'pictureRatio'].map((key) => [
      key,
      median(runs.map((r) => r[key])),
    ]),
  );
  console.log(`\nStart (default clip; ${LOADS} loads, medians)`);
  for (const r of runs)
    console.log(
      `  load: ready ${ms(r.readyMs)} = page ${ms(r.decodeStartMs)} + decoding ${ms(r.decodeMs)} + ` +
        `showing ${ms(r.readyMs - r.decodeStartMs - r.decodeMs)}: ${r.ratio.toFixed(2)}×; ` +
        `view made at ${ms(r.viewReadyMs)}; picture finished at ${ms(r.pictureMs)}; ` +
        `decoding when idle ${ms(r.idleDecodeMs)}`,
    );
  console.log('  timeline of each load, ms from navigation start:');
  console.log('    script in  decode starts  worker up  page built  view made  1st frame  1st picture  decoded  ready');
  const cell = (v, w) => (Number.isFinite(v) ? v.toFixed(0) : '-').padStart(w);
  for (const r of runs)
    console.log(
      `    ${cell(r.timeline.scriptMs, 9)}  ${cell(r.decodeStartMs, 13)}  ${cell(r.timeline.workerMs, 9)}  ` +
        `${cell(r.timeline.builtMs, 10)}  ${cell(r.viewReadyMs, 9)}  ${cell(r.timeline.firstFrameMs, 9)}  ` +
        `${cell(r.firstPictureMs, 11)}  ${cell(r.timeline.decodedMs, 7)}  ${cell(r.readyMs, 5)}`,
    );
  console.log(`  time to ready            ${ms(ready.readyMs)}`);
  console.log(`  decoding alone           ${ms(ready.decodeMs)} (the same load, in the page while it is built)`);
  console.log(`  ratio                    ${ready.ratio.toFixed(2)}× (median of the loads' ratios)`);
  console.log(`  decoding alone, idle     ${ms(ready.idleDecodeMs)} (the clip loaded again, nothing else running)`);
  console.log(`  ratio to idle decoding   ${ready.idleRatio.toFixed(2)}×`);
  console.log(`  first picture finished   ${ms(ready.pictureMs)}: ${ready.pictureRatio.toFixed(2)}× decoding`);
  console.log('                           (software WebGL draws the frame after `ready`; a GPU, in milliseconds)');
  printSideBySide(refs, runs, others);

  const embeds = await embedFigures(browser, base);
  console.log('\nMany embeds (embed-demo.html, 12 lazy iframes, 1280×800; medians of 3)');
  console.log(`  the first embed's view alone      ${ms(embeds.alone)} (a top-level page: it preloads the 3D view)`);
  console.log(`  the same, alone in an iframe      ${ms(embeds.oneEmbed)} (a page with that one embed)`);
  console.log(
    `  the first embed on the demo page  ${ms(embeds.first)}: ${(embeds.first / embeds.alone).toFixed(2)}× alone, ` +
      `${(embeds.first / embeds.oneEmbed).toFixed(2)}× alone in an iframe (target ≤ 1.3×); embeds ready by then: ` +
      `${embeds.readyThen.join(', ')}`,
  );

  // BENCH_ONLY=start: the start figures alone (side by side, embeds), for a quick look.
  if (process.env.BENCH_ONLY !== 'start') {
    const { rows, idleFrames } = await resliceFigures(browser, base);
    console.log('\nRe-slice (patch change → frame rendered and composited)');
    console.log('  scene   tokens        re-slice   draw calls');
    for (const r of rows)
      console.log(`  ${r.label.padEnd(7)} ${r.tokens.padStart(10)}  ${ms(r.resliceMs).padStart(9)}   ${r.calls}`);
    console.log(`  ratio 1.8M / 14k: ${(rows[2].resliceMs / rows[0].resliceMs).toFixed(2)}×`);
    console.log(`  frames drawn in 2 s idle: ${idleFrames}`);

    const memory = await memoryFigures(browser, base);
    console.log('\nMemory over 20 clip loads');
    console.log(`  JS heap                  ${kb(memory.first.heap)} → ${kb(memory.last.heap)}`);
    console.log(`  GPU volume texture       ${kb(memory.first.texture)} → ${kb(memory.last.texture)}`);
  }
} finally {
  await browser.close();
  server.close();
}
