// What the service worker precaches and under which cache name. Pure: the Vite plugin calls it at build time
// with the built files, the worker with its scope; a unit test checks that a changed build gets a new cache.

/** A built file: its path under dist/ (forward slashes) and a digest of its bytes. */
export interface BuiltFile {
  readonly path: string;
  readonly digest: string;
}

export interface Precache {
  /** Changes whenever any precached file's name or bytes change. */
  readonly version: string;
  /** Paths relative to the worker's folder, sorted. */
  readonly files: readonly string[];
}

export const CACHE_PREFIX = 'spacetime-patches';

/** Not precached: the worker itself (the browser fetches it), source maps, and the link-preview picture. */
export function isPrecached(path: string): boolean {
  return path !== 'sw.js' && !path.endsWith('.map') && !/(^|\/)og-image\.png$/.test(path) && !/(^|\/)\./.test(path);
}

/** FNV-1a, 64 bits, as 16 hex digits: stable and dependency-free; collisions don't matter at this scale. */
export function fnv1a64(text: string): string {
  let hash = 0xcbf29ce484222325n;
  for (let i = 0; i < text.length; i++) {
    hash ^= BigInt(text.charCodeAt(i));
    hash = (hash * 0x100000001b3n) & 0xffffffffffffffffn;
  }
  return hash.toString(16).padStart(16, '0');
}

export function precacheOf(built: readonly BuiltFile[]): Precache {
  const kept = built.filter((file) => isPrecached(file.path)).sort((a, b) => (a.path < b.path ? -1 : 1));
  const version = fnv1a64(kept.map((file) => `${file.path}\0${file.digest}`).join('\n'));
  return { version, files: kept.map((file) => file.path) };
}

/**
 * One cache per scope and build. Caches belong to the whole origin, so the scope is in the name: a copy of the
 * app at / and another under /sub/path/ never delete each other's files.
 */
export function cacheName(scope: string, version: string): string {
  return `${CACHE_PREFIX}:${scope}:${version}`;
}

/** The caches an activating worker deletes: this scope's older builds, nothing else. */
export function staleCaches(names: readonly string[], scope: string, version: string): string[] {
  const mine = `${CACHE_PREFIX}:${scope}:`;
  return names.filter((name) => name.startsWith(mine) && name !== cacheName(scope, version));
}
