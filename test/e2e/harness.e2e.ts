// A self-test of the e2e harness's static server (global-setup.ts): no browser, just HTTP.
import { readFileSync, readdirSync } from 'node:fs';
import { request } from 'node:http';
import { fileURLToPath } from 'node:url';
import { describe, expect, inject, it } from 'vitest';

const baseUrl = inject('baseUrl');
const dist = (path: string) => readFileSync(fileURLToPath(new URL(`../../dist/${path}`, import.meta.url)));
const CLIP = 'clips/landscape.mp4';

const get = (path: string, range?: string) => fetch(`${baseUrl}${path}`, range ? { headers: { Range: range } } : {});

/** A request whose path goes out exactly as written (fetch would resolve the dot segments itself). */
function rawStatus(path: string): Promise<number> {
  return new Promise((done, fail) => {
    const url = new URL(baseUrl);
    request({ host: url.hostname, port: url.port, path }, (res) => {
      res.resume();
      done(res.statusCode ?? 0);
    })
      .on('error', fail)
      .end();
  });
}

describe('static server', () => {
  it('serves dist/index.html as HTML on a loopback address', async () => {
    expect(baseUrl).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
    const response = await get('index.html');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/html/);
    expect(await response.text()).toBe(dist('index.html').toString());
    expect((await get('')).status).toBe(200); // a directory serves its index.html
  });

  it('gives JavaScript and media their types', async () => {
    const script = readdirSync(fileURLToPath(new URL('../../dist/assets', import.meta.url))).find((name) =>
      name.endsWith('.js'),
    );
    expect(script).toBeDefined();
    expect((await get(`assets/${script}`)).headers.get('content-type')).toBe('text/javascript');
    const clip = await get(CLIP);
    expect(clip.status).toBe(200);
    expect(clip.headers.get('content-type')).toBe('video/mp4');
    expect(clip.headers.get('accept-ranges')).toBe('bytes');
    expect(Number(clip.headers.get('content-length'))).toBe(dist(CLIP).length);
  });

  it('answers a byte range with 206 and the right Content-Range', async () => {
    const file = dist(CLIP);
    const size = file.length;
    const cases: [string, number, number][] = [
      ['bytes=0-99', 0, 99],
      ['bytes=1000-', 1000, size - 1],
      ['bytes=-256', size - 256, size - 1],
      [`bytes=${size - 10}-${size + 500}`, size - 10, size - 1], // an end past the file is clamped
    ];
    for (const [range, start, end] of cases) {
      const response = await get(CLIP, range);
      expect(response.status, range).toBe(206);
      expect(response.headers.get('content-range'), range).toBe(`bytes ${start}-${end}/${size}`);
      expect(Number(response.headers.get('content-length')), range).toBe(end - start + 1);
      expect(Buffer.from(await response.arrayBuffer()).equals(file.subarray(start, end + 1)), range).toBe(true);
    }
  });

  it('refuses a range past the end with 416', async () => {
    const size = dist(CLIP).length;
    const response = await get(CLIP, `bytes=${size}-`);
    expect(response.status).toBe(416);
    expect(response.headers.get('content-range')).toBe(`bytes */${size}`);
  });

  it('serves the same files under /sub/path/', async () => {
    const page = await get('sub/path/index.html');
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toMatch(/^text\/html/);
    expect(await page.text()).toBe(dist('index.html').toString());
    const clip = await get(`sub/path/${CLIP}`, 'bytes=0-15');
    expect(clip.status).toBe(206);
    expect(Buffer.from(await clip.arrayBuffer()).equals(dist(CLIP).subarray(0, 16))).toBe(true);
  });

  it('answers 404 for missing files and for paths that climb out of dist/', async () => {
    expect((await get('no-such-file.js')).status).toBe(404);
    expect(await rawStatus('/../package.json')).toBe(404);
    expect(await rawStatus('/%2e%2e/package.json')).toBe(404);
    expect(await rawStatus('/%E0%A4%A')).toBe(404); // malformed escape
  });
});
