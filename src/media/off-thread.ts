// loadClip, run in a worker so the page stays responsive while frames decode. Cancelling ends the worker at
// once, even mid-frame. Where a worker can't decode (no module workers, no OffscreenCanvas in workers), the
// same loadClip runs on the page, yielding between frames.
// This module is in the page's first script, so a clip starts decoding while the page is still being built;
// the decoder and the failure sentences are lazy chunks.
import { DECODE_TIMEOUT_MS } from '../config';
import { sameVolumeShape, type VolumeShape, volumeBytes } from '../model/budget';
import { allowedUrl } from './sniff';
import {
  type DecodedClip,
  type LoadOptions,
  type LoadResult,
  inName,
  nameOfRequest,
  type WorkerReply,
  type WorkerRequest,
} from './types';

export type { DecodedClip, LoadOptions, LoadResult } from './types';

type Failure = 'cancelled' | 'urlRefused' | 'timeout' | 'unexpected';
const WATCHDOG_GRACE_MS = 5_000; // the worker times itself out first; this catches one that hangs

async function failure(kind: Failure): Promise<LoadResult> {
  const { MESSAGES } = await import('./errors');
  return kind === 'cancelled'
    ? { ok: false, message: MESSAGES.cancelled, cancelled: true }
    : { ok: false, message: MESSAGES[kind] };
}

export async function loadClip(source: Blob | string, options: LoadOptions): Promise<LoadResult> {
  if (options.signal?.aborted) return failure('cancelled');
  let request: WorkerRequest['source'] = source;
  if (typeof source === 'string') {
    // Resolved against the page, not the worker script's address.
    const url = allowedUrl(source, globalThis.location?.href ?? 'about:blank');
    if (!url) return failure('urlRefused');
    request = url.href;
  }
  const { budgetBytes, maxTextureSize, maxFrames } = options;
  const taken = takeWorker({ source: request, options: { budgetBytes, maxTextureSize, maxFrames } });
  const result = taken ? await run(taken, options) : null;
  if (typeof result === 'string') return failure(result);
  return result ?? inPage(request, options);
}

async function inPage(source: Blob | string, options: LoadOptions): Promise<LoadResult> {
  const decoder = await import('./decode');
  return decoder.loadClip(source, options);
}

/** A worker started ahead of the next load, its script loaded; null when none, or it failed to load. */
let spare: { worker: Worker; failed: boolean } | null = null;

/**
 * Start a worker now for the next load, so that the next clip's decode doesn't wait for the decoder's script
 * (about 0.3 s on an idle 2-core machine, more while the page is busy). Call when the page is idle.
 */
export function prepareWorker(): void {
  if (spare) return;
  const worker = startWorker(null);
  if (!worker) return;
  const ready = { worker, failed: false };
  // A script that failed to load reports it once, before any message: remembered, so the load starts another.
  worker.addEventListener('error', () => void (ready.failed = true), { once: true });
  spare = ready;
}

/** End the worker started ahead, if any. */
export function dropPreparedWorker(): void {
  spare?.worker.terminate();
  spare = null;
}

/** A worker for `request`, and whether it has the request already (in its name), else null. */
interface Taken {
  readonly worker: Worker;
  readonly request: WorkerRequest;
  readonly named: boolean;
}

function takeWorker(request: WorkerRequest): Taken | null {
  const prepared = spare;
  spare = null;
  if (prepared && !prepared.failed) return { worker: prepared.worker, request, named: false };
  prepared?.worker.terminate();
  const worker = startWorker(request);
  return worker ? { worker, request, named: inName(request) } : null;
}

let decoderSetUp = false;

/**
 * A worker's first video decoder waits for the browser to set up its GPU video factories (Chromium: a GPU
 * channel of the renderer's media thread, 40-65 ms, asked for through the page's thread). Asked from the page
 * now, once, that happens while the worker's script loads, not after it.
 */
function setUpDecoding(): void {
  if (decoderSetUp || typeof VideoDecoder !== 'function') return;
  decoderSetUp = true;
  VideoDecoder.isConfigSupported({ codec: 'avc1.42E01E', hardwareAcceleration: 'prefer-hardware' }).catch(() => {});
}

/** A decode worker, given `request` in its name where it fits there (see nameOfRequest). */
function startWorker(request: WorkerRequest | null): Worker | null {
  if (typeof Worker !== 'function') return null;
  setUpDecoding();
  try {
    return new Worker(new URL('./decode.worker.ts', import.meta.url), { type: 'module', name: nameOfRequest(request) });
  } catch {
    return null;
  }
}

/** The worker's result, a failure of the worker itself, or null when it could not start (then the page decodes). */
function run({ worker, request, named }: Taken, options: LoadOptions): Promise<LoadResult | Failure | null> {
  const { signal, onProgress, onFrames, onMeta } = options;
  return new Promise((resolve) => {
    let started = false;
    let transferMs = 0;
    let assembleMs = 0;
    let volume: { shape: VolumeShape; rgba: Uint8Array } | null = null; // assembled from the frames as they come
    const finish = (result: LoadResult | Failure | null): void => {
      if (typeof result === 'object' && result?.ok) result = { ok: true, clip: assembled(result.clip) };
      clearTimeout(watchdog);
      signal?.removeEventListener('abort', onAbort);
      worker.terminate();
      resolve(result);
    };
    const onAbort = (): void => finish('cancelled');
    const watchdog = setTimeout(() => finish('timeout'), DECODE_TIMEOUT_MS + WATCHDOG_GRACE_MS);
    signal?.addEventListener('abort', onAbort, { once: true });
    worker.addEventListener('message', ({ data }: MessageEvent<WorkerReply>) => {
      if (data.kind === 'started') {
        started = true;
        performance.mark('decode-worker-started'); // `npm run bench`: how long the worker took to start
      } else if (data.kind === 'progress') onProgress?.(data.fraction);
      else if (data.kind === 'meta') onMeta?.(data.meta);
      else if (data.kind === 'frames') {
        const t0 = performance.now();
        if (!volume) performance.mark('decode-first-frame');
        transferMs += performance.timeOrigin + t0 - data.sentAt;
        const { shape, first, rgba } = data;
        if (!volume || !sameVolumeShape(volume.shape, shape))
          volume = { shape, rgba: new Uint8Array(volumeBytes(shape)) };
        const at = first * shape.widthPx * shape.heightPx * 4;
        volume.rgba.set(rgba, at);
        assembleMs += performance.now() - t0;
        // A view into the volume: frames that follow one another go to the view in one upload (upload-queue.ts).
        onFrames?.(shape, first, volume.rgba.subarray(at, at + rgba.length));
      } else finish(data.kind === 'done' ? data.result : null);
    });
    // The script failed to load (null: decode on the page), or the worker died mid-load (out of memory, say).
    const onError = (event: Event): void => {
      event.preventDefault();
      finish(started ? 'unexpected' : null);
    };
    worker.addEventListener('error', onError);
    worker.addEventListener('messageerror', onError);
    if (!named) worker.postMessage(request);

    /** The worker's clip with the frames it sent put together, and those it filled in copied. */
    function assembled(clip: DecodedClip): DecodedClip {
      const t0 = performance.now();
      const { rgba: sent, ...shape } = clip.volume;
      const rgba =
        sent.byteLength > 0
          ? sent
          : volume && sameVolumeShape(volume.shape, shape)
            ? volume.rgba
            : new Uint8Array(volumeBytes(shape));
      const frameBytes = shape.widthPx * shape.heightPx * 4;
      const { fills = [], ...rest } = clip;
      for (const [from, to] of fills) rgba.copyWithin(to * frameBytes, from * frameBytes, (from + 1) * frameBytes);
      assembleMs += performance.now() - t0;
      const timings = rest.timings && { ...rest.timings, transferMs, assembleMs };
      return { ...rest, ...(timings ? { timings } : {}), volume: { ...shape, rgba } };
    }
  });
}
