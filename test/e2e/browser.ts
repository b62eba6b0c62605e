// Helpers for driving the built app in Chromium (see scripts/chromium.mjs), in software WebGL or on a GPU.
import type { Browser, BrowserContext, BrowserContextOptions, Page } from 'playwright-core';
import { launchChromium } from '../../scripts/chromium.mjs';
import { afterAll, beforeAll, inject } from 'vitest';

export function launchBrowser(extraArgs: string[] = []): Promise<Browser> {
  return launchChromium(extraArgs);
}

/** One browser for a test file: launched before its tests, closed after them. Call it at the file's top level. */
export function sharedBrowser(extraArgs: string[] = []): () => Browser {
  let browser: Browser | undefined;
  beforeAll(async () => {
    browser = await launchBrowser(extraArgs);
  });
  afterAll(async () => {
    await browser?.close();
  });
  return () => {
    if (!browser) throw new Error('the browser is launched in beforeAll; use it inside a test');
    return browser;
  };
}

export interface OpenOptions {
  viewport?: { width: number; height: number };
  path?: string; // under the base URL, default index.html
  reducedMotion?: 'reduce' | 'no-preference';
  colorScheme?: 'light' | 'dark';
}

export interface OpenedApp {
  page: Page;
  /** Uncaught page errors and console errors, as text. */
  errors: string[];
}

export async function openApp(browser: Browser, hash: string, options: OpenOptions = {}): Promise<OpenedApp> {
  const context = await browser.newContext({
    viewport: options.viewport ?? { width: 960, height: 640 },
    reducedMotion: options.reducedMotion ?? 'no-preference',
    colorScheme: options.colorScheme ?? 'light',
    locale: 'en-US', // the interface follows navigator.languages: tests read English unless a link says lang=
  });
  // Software WebGL on two busy cores can take many seconds per frame: wait generously, fail only on real hangs.
  context.setDefaultTimeout(90_000);
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(`pageerror: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(`console: ${message.text()}`);
  });
  try {
    await page.goto(`${inject('baseUrl')}${options.path ?? 'index.html'}${hash ? `#${hash}` : ''}`);
    await waitForSettled(page);
  } catch (error) {
    await context.close();
    throw error;
  }
  return { page, errors };
}

/** A fresh browser context for `test`, closed whatever happens. */
export async function withContext<T>(
  browser: Browser,
  options: BrowserContextOptions,
  test: (context: BrowserContext) => Promise<T>,
): Promise<T> {
  const context = await browser.newContext(options);
  try {
    return await test(context);
  } finally {
    await context.close();
  }
}

type AppTest<T> = (app: OpenedApp) => Promise<T>;

/** Opens the app, runs `test` on it and closes its browser context whatever happens. */
export async function withApp<T>(
  browser: Browser,
  hash: string,
  ...rest: [test: AppTest<T>] | [options: OpenOptions, test: AppTest<T>]
): Promise<T> {
  const [options, test] = rest.length === 1 ? [{}, rest[0]] : rest;
  const app = await openApp(browser, hash, options);
  try {
    return await test(app);
  } finally {
    await app.page.context().close();
  }
}

/**
 * The frames the 3D view draws because of a change of the hash to `hash`: counted from a quiet view to a quiet
 * view, quiet meaning no new frame over ten animation frames in a row. A condition, not a sleep: on a GPU a
 * transition ends in a fraction of a second, in software WebGL it takes seconds.
 */
export function framesForHash(page: Page, hash: string): Promise<number> {
  return page.evaluate(async (next) => {
    const frames = () => Number(document.querySelector('#view canvas')?.getAttribute('data-frames'));
    const nextFrame = () => new Promise((resolve) => requestAnimationFrame(resolve));
    const quiet = async () => {
      let last = frames();
      for (let still = 0; still < 10;) {
        await nextFrame();
        const now = frames();
        still = now === last ? still + 1 : 0;
        last = now;
      }
      return last;
    };
    const before = await quiet();
    const changed = new Promise((resolve) => addEventListener('hashchange', resolve, { once: true }));
    location.hash = next;
    await changed;
    return (await quiet()) - before;
  }, hash);
}

export async function waitForSettled(page: Page): Promise<void> {
  await page.waitForFunction(() => document.documentElement.dataset.status !== 'loading', null, { timeout: 60_000 });
}

export interface Readouts {
  status: string | undefined;
  tokenCount: string | null;
  tokenGrid: string | null;
  inputShape: string | null;
  tokenInspector: string | null;
}

export function readouts(page: Page): Promise<Readouts> {
  return page.evaluate(() => {
    const value = (id: string) => document.querySelector(`[data-testid=${id}]`)?.getAttribute('data-value') ?? null;
    return {
      status: document.documentElement.dataset.status,
      tokenCount: value('token-count'),
      tokenGrid: value('token-grid'),
      inputShape: value('input-shape'),
      tokenInspector: value('token-inspector'),
    };
  });
}

/** A PNG's pixels as the browser decodes it: width, height and RGBA bytes, row by row. */
interface PngPixels {
  width: number;
  height: number;
  data: Uint8ClampedArray;
}
type PngWindow = { __pngPixels?: (base64: string) => Promise<PngPixels> };

/**
 * Defines `__pngPixels(base64)` in the page, once, for the checks below: they decode screenshots where the
 * browser can, and return only their figures (a screenshot's pixels as JSON would be megabytes).
 */
async function withPngDecoder(page: Page): Promise<void> {
  await page.evaluate(() => {
    (window as PngWindow).__pngPixels ??= async (base64) => {
      const image = await createImageBitmap(await (await fetch(`data:image/png;base64,${base64}`)).blob());
      const canvas = new OffscreenCanvas(image.width, image.height);
      const context = canvas.getContext('2d')!;
      context.drawImage(image, 0, 0);
      return {
        width: image.width,
        height: image.height,
        data: context.getImageData(0, 0, image.width, image.height).data,
      };
    };
  });
}

export interface CanvasStats {
  colours: number; // distinct colours after quantising to 5 bits per channel
  lumaStdDev: number; // 0..255
}

/** How much picture an element holds (the 3D view by default), from a screenshot of it: what a person would see. */
export async function canvasStats(page: Page, selector = '#view canvas'): Promise<CanvasStats> {
  const png = await page.locator(selector).first().screenshot();
  await withPngDecoder(page);
  return page.evaluate(async (base64) => {
    const { data } = await (window as PngWindow).__pngPixels!(base64);
    const colours = new Set<number>();
    let sum = 0;
    let sumSq = 0;
    const n = data.length / 4;
    for (let i = 0; i < data.length; i += 4) {
      const [r, g, b] = [data[i]!, data[i + 1]!, data[i + 2]!];
      colours.add(((r >> 3) << 10) | ((g >> 3) << 5) | (b >> 3));
      const luma = 0.299 * r + 0.587 * g + 0.114 * b;
      sum += luma;
      sumSq += luma * luma;
    }
    const mean = sum / n;
    return { colours: colours.size, lumaStdDev: Math.sqrt(Math.max(0, sumSq / n - mean * mean)) };
  }, png.toString('base64'));
}

/** Mean absolute difference per channel (0..255) between two PNG screenshots of the same size. */
export async function meanDifference(page: Page, a: Buffer, b: Buffer): Promise<number> {
  await withPngDecoder(page);
  return page.evaluate(
    async ([first, second]) => {
      const decode = (window as PngWindow).__pngPixels!;
      const [x, y] = [(await decode(first)).data, (await decode(second)).data];
      if (x.length !== y.length) return 255;
      let sum = 0;
      for (let i = 0; i < x.length; i++) sum += Math.abs(x[i]! - y[i]!);
      return sum / x.length;
    },
    [a.toString('base64'), b.toString('base64')] as const,
  );
}

export interface Picture {
  width: number;
  height: number;
  rgb: number[]; // r, g, b per pixel, row by row
}

/** An element's screenshot (the 3D view by default) as RGB numbers, for checks that look at where things are. */
export async function pictureOf(page: Page, selector = '#view canvas'): Promise<Picture> {
  const png = await page.locator(selector).screenshot();
  await withPngDecoder(page);
  return page.evaluate(async (base64) => {
    const { width, height, data } = await (window as PngWindow).__pngPixels!(base64);
    const rgb: number[] = [];
    for (let i = 0; i < data.length; i += 4) rgb.push(data[i]!, data[i + 1]!, data[i + 2]!);
    return { width, height, rgb };
  }, png.toString('base64'));
}
