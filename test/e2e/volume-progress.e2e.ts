// A picture at once: while the first clip decodes (a bundled clip by URL, or the user's own file), the view draws the frames decoded so far, and the stack
// grows along t until it is whole; only then does the page say it is ready.
import { describe, expect, inject, it } from 'vitest';
import { fileURLToPath } from 'node:url';
import { readouts, sharedBrowser, withApp } from './browser';

const browser = sharedBrowser();
// A user's own clip: the bundled portrait clip, chosen as a file (49 frames, 360×640).
const CLIP_FILE = fileURLToPath(new URL('../../public/clips/portrait.mp4', import.meta.url));

interface Seen {
  status: string | undefined;
  volumeFrames: number | null;
  /** The canvas's drawing buffer against its size on the page, "width×height", when this was seen. */
  buffer: string | null;
  onPage: string | null;
}

interface SeenFile {
  status: string | undefined;
  volumeFrames: number;
  inputShape: string | null;
  tokenCount: string | null;
}

describe('the volume while the clip decodes', () => {
  it('grows from the first frames to the whole clip before the status turns ready', async () => {
    const context = await browser().newContext({ viewport: { width: 480, height: 360 } });
    try {
      // Every change of the status or of the frames in the picture, in order, as the page makes them.
      await context.addInitScript(() => {
        const seen: Seen[] = [];
        (window as unknown as { __seen: Seen[] }).__seen = seen;
        const record = () => {
          const canvas = document.querySelector<HTMLCanvasElement>('#view canvas');
          seen.push({
            status: document.documentElement.dataset.status,
            volumeFrames: Number(canvas?.getAttribute('data-volume-frames') ?? NaN),
            buffer: canvas ? `${canvas.width}×${canvas.height}` : null,
            onPage: canvas
              ? `${canvas.clientWidth * devicePixelRatio}×${canvas.clientHeight * devicePixelRatio}`
              : null,
          });
        };
        new MutationObserver(record).observe(document, {
          attributes: true,
          subtree: true,
          attributeFilter: ['data-status', 'data-volume-frames'],
        });
      });
      const own = await context.newPage();
      const errors: string[] = [];
      own.on('pageerror', (error) => errors.push(error.message));
      own.on('console', (message) => {
        if (message.type() === 'error') errors.push(message.text());
      });
      await own.goto(`${inject('baseUrl')}index.html#view=stack&explode=0.6`);
      await own.waitForFunction(() => document.documentElement.dataset.status === 'ready', null, { timeout: 90_000 });
      const seen = await own.evaluate(() => (window as unknown as { __seen: Seen[] }).__seen);
      const whole = await own
        .locator('#view canvas')
        .evaluate((node) => Number(node.getAttribute('data-volume-frames')));

      const whileLoading = seen
        .filter((s) => s.status === 'loading' && s.volumeFrames !== null && !Number.isNaN(s.volumeFrames))
        .map((s) => s.volumeFrames!);
      const drawn = whileLoading.filter((n) => n > 0);
      console.log(`bundled clip, volume frames drawn while loading: ${drawn.join(' → ')}`);
      expect(whole).toBe(49); // the landscape clip: 49 frames, all in the volume
      expect(drawn[0]).toBeGreaterThanOrEqual(1);
      // The first picture is drawn at the canvas's size on the page, not at a canvas's default 300×150.
      const first = seen.find((s) => (s.volumeFrames ?? 0) > 0)!;
      expect(first.buffer).toBe(first.onPage);
      // Whether a picture with part of the clip is seen depends on whether the view was built before the decode
      // ended (on a fast, idle machine it may not be): the growing picture is checked by the order and the end.
      expect(drawn.at(-1)).toBe(whole); // the whole clip was drawn before the page said ready
      expect(drawn).toEqual([...drawn].sort((a, b) => a - b)); // it only grows
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it("grows the same way for the user's own file, with its numbers on screen before it is ready", async () => {
    const context = await browser().newContext({ viewport: { width: 480, height: 360 } });
    try {
      // Every change of the status, of the frames in the picture or of the input's shape, in order.
      await context.addInitScript(() => {
        const seen: SeenFile[] = [];
        (window as unknown as { __seen: SeenFile[] }).__seen = seen;
        const value = (id: string) => document.querySelector(`[data-testid=${id}]`)?.getAttribute('data-value') ?? null;
        const record = () =>
          seen.push({
            status: document.documentElement.dataset.status,
            volumeFrames: Number(document.querySelector('#view canvas')?.getAttribute('data-volume-frames') ?? NaN),
            inputShape: value('input-shape'),
            tokenCount: value('token-count'),
          });
        new MutationObserver(record).observe(document, {
          attributes: true,
          subtree: true,
          attributeFilter: ['data-status', 'data-volume-frames', 'data-value'],
        });
      });
      // The bundled clip never arrives: nothing is on screen when the user's file is chosen.
      let held = 0;
      await context.route('**/clips/landscape.mp4', () => void (held += 1));
      const own = await context.newPage();
      const errors: string[] = [];
      own.on('pageerror', (error) => errors.push(error.message));
      own.on('console', (message) => {
        if (message.type() === 'error') errors.push(message.text());
      });
      await own.goto(`${inject('baseUrl')}index.html#view=stack&explode=0.6`);
      await own.waitForFunction(() => document.querySelector('#view canvas') !== null, null, { timeout: 90_000 });
      await own.locator('input[type=file]').setInputFiles(CLIP_FILE);
      await own.waitForFunction(() => document.documentElement.dataset.status === 'ready', null, { timeout: 90_000 });
      const seen = await own.evaluate(() => (window as unknown as { __seen: SeenFile[] }).__seen);
      const final = await readouts(own);

      expect(held).toBeGreaterThan(0); // the bundled clip was asked for and held back
      expect(final.inputShape).toBe('49x640x360'); // the portrait clip: 49 frames, 640 high, 360 wide
      const loading = seen.filter((s) => s.status === 'loading');
      // The numbers come from the file's container before its first frame is drawn, and are the final ones.
      const numbersAt = loading.findIndex(
        (s) => s.inputShape === final.inputShape && s.tokenCount === final.tokenCount,
      );
      expect(numbersAt).toBeGreaterThanOrEqual(0);
      const drawn = loading.map((s) => s.volumeFrames).filter((n) => Number.isFinite(n) && n > 0);
      const firstDrawnAt = loading.findIndex((s) => s.volumeFrames > 0);
      console.log(`own file, volume frames drawn while loading: ${drawn.join(' → ')}`);
      expect(firstDrawnAt).toBeGreaterThanOrEqual(numbersAt);
      expect(drawn[0]).toBeGreaterThanOrEqual(1);
      expect(drawn.at(-1)).toBe(49); // the whole clip drawn before the page said ready
      expect(drawn).toEqual([...drawn].sort((a, b) => a - b)); // it only grows
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('grows a later bundled clip in place, instead of drawing the clip before on its grid', async () => {
    await withApp(
      browser(),
      'view=stack&explode=0.6',
      { viewport: { width: 480, height: 360 } },
      async ({ page, errors }) => {
        // From here on, each frame drawn: how many of the clip's frames it showed.
        await page.evaluate(() => {
          const canvas = document.querySelector<HTMLCanvasElement>('#view canvas')!;
          const drawn: number[] = [];
          (window as unknown as { __drawn: number[] }).__drawn = drawn;
          new MutationObserver(() => drawn.push(Number(canvas.dataset.volumeFrames))).observe(canvas, {
            attributeFilter: ['data-frames'],
          });
          location.hash = 'view=stack&explode=0.6&clip=portrait';
        });
        await page.waitForFunction(
          () => {
            const drawn = (window as unknown as { __drawn: number[] }).__drawn;
            const loading = !document.querySelector<HTMLElement>('.progress')!.hidden;
            return !loading && drawn.at(-1) === 49 && drawn.some((n) => n < 49);
          },
          null,
          { timeout: 90_000 },
        );
        const drawn = await page.evaluate(() => (window as unknown as { __drawn: number[] }).__drawn);
        console.log(`later clip, volume frames drawn: ${drawn.join(' → ')}`);
        expect((await readouts(page)).inputShape).toBe('49x640x360');
        expect(drawn[0]).toBeLessThan(49); // the first frame after the change already showed the new clip's grid
        expect(drawn).toEqual([...drawn].sort((a, b) => a - b)); // then it only grows
        expect(errors).toEqual([]);
      },
    );
  });
});
