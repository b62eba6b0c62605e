// The service worker: the built app and the bundled clips, precached, so a second visit works without a network.
// Built on its own by vite-offline-plugin.ts into dist/sw.js, with __PRECACHE__ (this build's file list and
// version) written in. It runs in the folder it is served from, so the app works offline from any subpath.
//
// - Pages (navigations) go to the network first, so a new build shows on the next load; the cache answers when
//   the network fails or is slower than NETWORK_WAIT_MS (a classroom Wi-Fi that hangs rather than fails).
// - Every other precached file is answered from the cache; a byte range of a cached clip is cut from it (206).
// - Anything else, and anything from another origin, goes to the network untouched and is never cached.
import { type Precache, cacheName, staleCaches } from './precache';
import { parseRange } from './range';

declare const __PRECACHE__: Precache;

// The few service-worker types this file needs (the project's TypeScript lib is the DOM's, not the worker's).
interface ExtendableEventLike extends Event {
  waitUntil(promise: Promise<unknown>): void;
}
interface FetchEventLike extends ExtendableEventLike {
  readonly request: Request;
  respondWith(response: Promise<Response>): void;
}
interface WorkerScope {
  readonly location: Location;
  readonly registration: { readonly scope: string };
  readonly clients: { claim(): Promise<void> };
  skipWaiting(): Promise<void>;
  addEventListener(type: 'install' | 'activate', listener: (event: ExtendableEventLike) => void): void;
  addEventListener(type: 'fetch', listener: (event: FetchEventLike) => void): void;
}

const NETWORK_WAIT_MS = 4000;
const worker = self as unknown as WorkerScope;
const scope = worker.registration.scope;
const CACHE = cacheName(scope, __PRECACHE__.version);
const precached = new Set(__PRECACHE__.files.map((file) => new URL(file, worker.location.href).href));

/** The precache key a URL names: no query or fragment, a folder means its index.html. */
function keyOf(url: string): string {
  const key = new URL(url);
  key.search = '';
  key.hash = '';
  if (key.pathname.endsWith('/')) key.pathname += 'index.html';
  return key.href;
}

function cached(key: string): Promise<Response | undefined> {
  return caches.match(key, { cacheName: CACHE });
}

worker.addEventListener('install', (event) => {
  event.waitUntil(
    (async () => {
      const cache = await caches.open(CACHE);
      // `reload`: fresh from the server, never a stale copy from the HTTP cache under a new version's name.
      await cache.addAll([...precached].map((url) => new Request(url, { cache: 'reload' })));
      // The new build takes over at once; pages pick it up on their next load (see navigate).
      await worker.skipWaiting();
    })(),
  );
});

worker.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      const names = await caches.keys();
      await Promise.all(staleCaches(names, scope, __PRECACHE__.version).map((name) => caches.delete(name)));
      await worker.clients.claim();
    })(),
  );
});

async function navigate(request: Request): Promise<Response> {
  const key = keyOf(request.url);
  const network = fetch(request);
  const late = new Promise<Response>((resolve) => {
    setTimeout(() => resolve(cached(key).then((response) => response ?? network)), NETWORK_WAIT_MS);
  });
  try {
    return await Promise.race([network, late]);
  } catch (error) {
    const response = precached.has(key) ? await cached(key) : undefined;
    if (response) return response;
    throw error;
  }
}

/** A cached whole file, or the part of it that a `Range` header asks for. */
async function fromCache(request: Request, key: string): Promise<Response> {
  const response = await cached(key);
  if (!response) return fetch(request); // not cached yet (still installing) or evicted
  const range = request.headers.get('Range');
  if (range === null) return response;
  const blob = await response.blob();
  const part = parseRange(range, blob.size);
  const type = response.headers.get('Content-Type') ?? 'application/octet-stream';
  if (part === null) return new Response(blob, { status: 200, headers: { 'Content-Type': type } });
  if (part === 'unsatisfiable')
    return new Response(null, { status: 416, headers: { 'Content-Range': `bytes */${blob.size}` } });
  const [start, end] = part;
  return new Response(blob.slice(start, end + 1), {
    status: 206,
    statusText: 'Partial Content',
    headers: {
      'Content-Type': type,
      'Content-Length': String(end - start + 1),
      'Content-Range': `bytes ${start}-${end}/${blob.size}`,
      'Accept-Ranges': 'bytes',
    },
  });
}

worker.addEventListener('fetch', (event) => {
  const { request } = event;
  if (request.method !== 'GET' || new URL(request.url).origin !== worker.location.origin) return;
  if (request.mode === 'navigate') {
    event.respondWith(navigate(request));
    return;
  }
  const url = new URL(request.url);
  url.hash = '';
  if (precached.has(url.href)) event.respondWith(fromCache(request, url.href));
});
