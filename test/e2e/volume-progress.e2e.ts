// A picture at once: while the first clip decodes, the view draws the frames decoded so far, and the stack
// grows along t until it is whole; only then does the page say it is ready.
import { describe, expect, inject, it } from 'vitest';
import { sharedBrowser } from './browser';

const browser = sharedBrowser();

interface Seen {
  status: string | undefined;
  volumeFrames: number | null;
}

describe('the volume while the clip decodes', () => {
  it('grows from the first frames to the whole clip before the status turns ready', async () => {
    const context = await browser().newContext({ viewport: { width: 480, height: 360 } });
    try {
      // Every change of the status or of the frames in the picture, in order, as the page makes them.
      await context.addInitScript(() => {
        const seen: Seen[] = [];
        (window as unknown as { __seen: Seen[] }).__seen = seen;
        const record = () =>
          seen.push({
            status: document.documentElement.dataset.status,
            volumeFrames: Number(document.querySelector('#view canvas')?.getAttribute('data-volume-frames') ?? NaN),
          });
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
      expect(whole).toBe(49); // the landscape clip: 49 frames, all in the volume
      expect(drawn[0]).toBeGreaterThanOrEqual(1);
      // Whether a picture with part of the clip is seen depends on whether the view was built before the decode
      // ended (on a fast, idle machine it may not be): the growing picture is checked by the order and the end.
      expect(drawn.at(-1)).toBe(whole); // the whole clip was drawn before the page said ready
      expect(drawn).toEqual([...drawn].sort((a, b) => a - b)); // it only grows
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
