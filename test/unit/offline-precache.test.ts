// Spec for src/offline/precache.ts and range.ts: what the service worker caches, under which name, and the byte
// ranges it cuts from a cached clip.
import { describe, expect, it } from 'vitest';
import { cacheName, fnv1a64, isPrecached, precacheOf, staleCaches } from '../../src/offline/precache';
import { parseRange } from '../../src/offline/range';

const BUILD = [
  { path: 'index.html', digest: 'a1' },
  { path: 'assets/main-abc.js', digest: 'b2' },
  { path: 'clips/landscape.mp4', digest: 'c3' },
  { path: 'sw.js', digest: 'd4' },
  { path: 'assets/main-abc.js.map', digest: 'e5' },
  { path: 'og-image.png', digest: 'f6' },
];

describe('precache list', () => {
  it('lists the app and the clips, sorted, but not the worker, source maps or the link-preview picture', () => {
    expect(precacheOf(BUILD).files).toEqual(['assets/main-abc.js', 'clips/landscape.mp4', 'index.html']);
    expect(isPrecached('icons/icon-192.png')).toBe(true);
    expect(isPrecached('.DS_Store')).toBe(false);
  });

  it('gives the same version for the same files in any order', () => {
    expect(precacheOf([...BUILD].reverse()).version).toBe(precacheOf(BUILD).version);
    expect(precacheOf(BUILD).version).toMatch(/^[0-9a-f]{16}$/);
  });

  it('gives a new version when a precached file changes its bytes or name, or one is added', () => {
    const base = precacheOf(BUILD).version;
    const changed = BUILD.map((f) => (f.path === 'clips/landscape.mp4' ? { ...f, digest: 'c4' } : f));
    const renamed = BUILD.map((f) => (f.path === 'assets/main-abc.js' ? { ...f, path: 'assets/main-abd.js' } : f));
    const added = [...BUILD, { path: 'favicon.svg', digest: '00' }];
    const versions = [base, ...[changed, renamed, added].map((b) => precacheOf(b).version)];
    expect(new Set(versions).size).toBe(4);
  });

  it('keeps the version when only files it does not cache change', () => {
    const other = BUILD.map((f) => (f.path === 'sw.js' || f.path === 'og-image.png' ? { ...f, digest: 'zz' } : f));
    expect(precacheOf(other).version).toBe(precacheOf(BUILD).version);
  });

  it('hashes with FNV-1a 64 (its published test vectors)', () => {
    expect(fnv1a64('')).toBe('cbf29ce484222325');
    expect(fnv1a64('a')).toBe('af63dc4c8601ec8c');
  });
});

describe('cache names', () => {
  const root = 'https://example.org/';
  const sub = 'https://example.org/sub/path/';

  it('deletes this scope’s older builds when a new build activates, and nothing else', () => {
    const names = [
      cacheName(root, 'old1'),
      cacheName(root, 'new'),
      cacheName(sub, 'old1'),
      cacheName(root, 'old2'),
      'someone-else',
    ];
    expect(staleCaches(names, root, 'new')).toEqual([cacheName(root, 'old1'), cacheName(root, 'old2')]);
    expect(staleCaches(names, sub, 'new')).toEqual([cacheName(sub, 'old1')]);
  });

  it('never treats a scope that merely starts with another as its own', () => {
    expect(staleCaches([cacheName(`${root}x/`, 'v')], root, 'w')).toEqual([]);
  });
});

describe('byte ranges of a cached file', () => {
  it('cuts what the decoder asks for', () => {
    expect(parseRange('bytes=0-99', 1000)).toEqual([0, 99]);
    expect(parseRange('bytes=900-', 1000)).toEqual([900, 999]);
    expect(parseRange('bytes=-100', 1000)).toEqual([900, 999]);
    expect(parseRange('bytes=990-2000', 1000)).toEqual([990, 999]);
  });

  it('refuses what lies outside the file, and sends the whole file for what it cannot read', () => {
    expect(parseRange('bytes=1000-', 1000)).toBe('unsatisfiable');
    expect(parseRange('bytes=5-2', 1000)).toBe('unsatisfiable');
    expect(parseRange('bytes=-0', 1000)).toBe('unsatisfiable');
    expect(parseRange(null, 1000)).toBeNull();
    expect(parseRange('bytes=0-1,5-6', 1000)).toBeNull();
    expect(parseRange('items=0-1', 1000)).toBeNull();
  });
});
