// The browser's edge: a file or URL in, a decoded clip (or a message saying why not) out. Nothing here
// throws to the caller; every failure, the timeout and cancelling become a LoadResult.
import {
  ADTS,
  BlobSource,
  FLAC,
  Input,
  MATROSKA,
  MP3,
  MP4,
  MPEG_TS,
  OGG,
  QTFF,
  type Source,
  UrlSource,
  WAVE,
  WEBM,
} from 'mediabunny';
import { DECODE_TIMEOUT_MS, MAX_FILE_BYTES } from '../config';
import { httpStatusMessage, MESSAGES, messageForError } from './errors';
import { decodeImage } from './image';
import { allowedUrl, type ImageType, imageTypeOf, imageTypeOfPath, SNIFF_BYTES } from './sniff';
import type { DecodeContext, LoadOptions, LoadResult } from './types';
import { decodeVideo } from './video';

export type { DecodedClip, LoadOptions, LoadResult } from './types';

/**
 * Every container mediabunny reads but HLS (a playlist, not a file; a tenth of the decoder's code): the
 * video ones, and the audio ones so that an audio file is told apart from an unreadable one.
 */
const FORMATS = [MP4, QTFF, MATROSKA, WEBM, MPEG_TS, OGG, MP3, WAVE, FLAC, ADTS];

const CANCELLED: LoadResult = { ok: false, message: MESSAGES.cancelled, cancelled: true };

/** Decode a Blob/File, or a URL (https:, or a same-origin path), into a volume that fits `options`. */
export async function loadClip(source: Blob | string, options: LoadOptions): Promise<LoadResult> {
  if (options.signal?.aborted) return CANCELLED;
  const stop = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    stop.abort();
  }, DECODE_TIMEOUT_MS);
  const cancel = (): void => stop.abort();
  options.signal?.addEventListener('abort', cancel, { once: true });
  const releases: (() => void)[] = [];
  let finished = false;
  const ctx: DecodeContext = {
    options,
    signal: stop.signal,
    progress: { stage: 'open' },
    // Work still running after a stop may open things late; those are released at once.
    onRelease: (release) => (finished ? releaseSafely(release) : void releases.push(release)),
  };
  const fromUrl = typeof source === 'string';
  const work = load(source, ctx).catch((error: unknown): LoadResult => ({
    ok: false,
    message: messageForError(error, ctx.progress.stage, fromUrl),
  }));
  // Decoders can stall; stopping must not wait for them. Releasing the input cancels what is still running.
  const stopped = new Promise<null>((resolve) =>
    stop.signal.addEventListener('abort', () => resolve(null), { once: true }),
  );
  try {
    const result = await Promise.race([work, stopped]);
    if (stop.signal.aborted) return timedOut ? { ok: false, message: MESSAGES.timeout } : CANCELLED;
    return result ?? { ok: false, message: MESSAGES.unexpected };
  } catch {
    return { ok: false, message: MESSAGES.unexpected };
  } finally {
    clearTimeout(timer);
    options.signal?.removeEventListener('abort', cancel);
    stop.abort(); // anything still running stops at its next check
    finished = true;
    releases.reverse().forEach(releaseSafely);
  }
}

function releaseSafely(release: () => void): void {
  try {
    release();
  } catch {
    // already released
  }
}

async function load(source: Blob | string, ctx: DecodeContext): Promise<LoadResult> {
  if (typeof source !== 'string') return loadBlob(source, ctx);
  const url = allowedUrl(source, globalThis.location?.href ?? 'about:blank');
  if (!url) return { ok: false, message: MESSAGES.urlRefused };
  const imageType = imageTypeOfPath(url.pathname);
  if (imageType) return loadImageUrl(url, imageType, ctx);
  return loadInput(
    new UrlSource(url.href, {
      // A few quick retries for a flaky network, not mediabunny's default of retrying for ever.
      getRetryDelay: (attempts) => (attempts < 3 ? attempts * 0.5 : null),
      requestInit: { credentials: 'same-origin' },
    }),
    ctx,
  );
}

async function loadBlob(blob: Blob, ctx: DecodeContext): Promise<LoadResult> {
  if (blob.size === 0) return { ok: false, message: MESSAGES.empty };
  if (blob.size > MAX_FILE_BYTES) return { ok: false, message: MESSAGES.tooLarge };
  const head = new Uint8Array(await blob.slice(0, SNIFF_BYTES).arrayBuffer());
  const imageType = imageTypeOf(blob.type, head);
  if (imageType) return decodeImage(blob, imageType, ctx);
  return loadInput(new BlobSource(blob), ctx);
}

async function loadInput(source: Source, ctx: DecodeContext): Promise<LoadResult> {
  const input = new Input({ formats: FORMATS, source });
  ctx.onRelease(() => input.dispose());
  const size = await source.getSizeOrNull();
  if (size === 0) return { ok: false, message: MESSAGES.empty };
  if (size !== null && size > MAX_FILE_BYTES) return { ok: false, message: MESSAGES.tooLarge };
  return decodeVideo(input, ctx);
}

async function loadImageUrl(url: URL, type: ImageType, ctx: DecodeContext): Promise<LoadResult> {
  const response = await fetch(url, { signal: ctx.signal, credentials: 'same-origin' });
  if (!response.ok) return { ok: false, message: httpStatusMessage(response.status) };
  const length = Number(response.headers.get('Content-Length') ?? NaN);
  if (length > MAX_FILE_BYTES) {
    void response.body?.cancel();
    return { ok: false, message: MESSAGES.tooLarge };
  }
  const blob = await response.blob();
  // The path named an image; the bytes decide which decoder reads it.
  return blob.size === 0
    ? { ok: false, message: MESSAGES.empty }
    : loadBlob(blob.type ? blob : new Blob([blob], { type }), ctx);
}
