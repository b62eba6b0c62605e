// The shapes loadClip hands back. Kept apart so the decoders and the entry point share them without a cycle.
import type { VolumeShape } from '../model/budget';
import type { MediaMessage } from '../state/messages';

export interface DecodedClip {
  readonly displayWidthPx: number; // after rotation metadata and non-square pixels (SAR)
  readonly displayHeightPx: number;
  readonly frameCount: number; // frames in the source (packet count of the video track; 1 for a still image)
  readonly durationSec: number;
  readonly fps: number; // average
  /** Volume frames the decoder couldn't read (the file is damaged there), each filled from a neighbour. */
  readonly damagedFrames: number;
  /** Where the decode's time went (`npm run bench` prints it); absent for images. */
  readonly timings?: DecodeTimings;
  /** RGBA8, frame-major then row-major, row 0 = top of the picture, resampled to the volume size. */
  readonly volume: VolumeShape & { readonly rgba: Uint8Array };
  /**
   * Only with `ownFrames` (rgba is then empty: the frames went out through onFrames): the volume frames that
   * repeat another, [from, to], to copy in this order once every frame is in place.
   */
  readonly fills?: readonly (readonly [number, number])[];
}

/** Milliseconds spent on each part of a video's decode, summed over its frames. */
export interface DecodeTimings {
  readonly openMs: number; // reading the container's index, up to the first frame asked for
  readonly decodeMs: number; // waiting for the next decoded frame: demuxing and decoding
  readonly convertMs: number; // YUV to RGBA, scaling and copying into the volume
  readonly sendMs: number; // handing each frame on (in a worker: copying it and posting it to the page)
  readonly transferMs?: number; // from the worker posting a frame to the page receiving it (added by the page)
  readonly assembleMs?: number; // the page putting the worker's frames into one volume (added by the page)
  readonly paths: Readonly<Record<string, number>>; // frames per conversion path: planes-simd, planes-tables, rgba-copy, planes, canvas
}

/** What the container says about a video before its frames decode. */
export type ClipMeta = Pick<DecodedClip, 'displayWidthPx' | 'displayHeightPx' | 'frameCount' | 'fps'>;

export type LoadResult = { ok: true; clip: DecodedClip } | { ok: false; message: MediaMessage; cancelled?: boolean };

export interface LoadOptions {
  budgetBytes: number;
  maxTextureSize: number;
  maxFrames: number;
  signal?: AbortSignal;
  onProgress?: (fraction: number) => void; // 0..1 during decoding
  /**
   * Frames `first`, `first + 1`, … of the volume, each final as soon as it is decoded, so the view can take them
   * while the rest decodes. `rgba` is a view into the finished volume (it stays valid), or with `ownFrames`
   * the frame's own buffer. The finished clip still holds every frame; frames filled in at the end (missing
   * ones) come only with it.
   */
  onFrames?: (shape: VolumeShape, first: number, rgba: Uint8Array) => void;
  /**
   * Each frame has its own buffer, handed to onFrames to keep (a worker transfers it) and not kept by the
   * decoder: the result's volume has no bytes, and `fills` says which frames repeat others.
   */
  ownFrames?: boolean;
  /** The clip's shape and rate, read from the container before any frame is decoded (videos only). */
  onMeta?: (meta: ClipMeta) => void;
}

/** What a decoder needs besides its source: the limits, a stop signal, progress, and where it has got to. */
export interface DecodeContext {
  readonly options: LoadOptions;
  readonly signal: AbortSignal; // the caller's signal or the timeout
  readonly progress: { stage: 'open' | 'decode' | 'image' };
  /** Run when loadClip returns, whatever happened. */
  onRelease(release: () => void): void;
}

/** What the page sends a decode worker: the source and the limits (a signal and a callback can't be sent). */
export interface WorkerRequest {
  readonly source: Blob | string; // a string is an absolute URL the page has already allowed
  readonly options: Pick<LoadOptions, 'budgetBytes' | 'maxTextureSize' | 'maxFrames'>;
}

/** What a decode worker sends back. 'unsupported': it can't decode here (no OffscreenCanvas in workers). */
export type WorkerReply =
  | { readonly kind: 'started' }
  | { readonly kind: 'unsupported' }
  | { readonly kind: 'progress'; readonly fraction: number }
  | { readonly kind: 'meta'; readonly meta: ClipMeta }
  | {
      readonly kind: 'frames';
      readonly shape: VolumeShape;
      readonly first: number;
      readonly rgba: Uint8Array;
      readonly sentAt: number; // performance.timeOrigin + now(), to time the transfer
    }
  | { readonly kind: 'done'; readonly result: LoadResult };

const NAME_PREFIX = 'decode:';

/**
 * The worker's name carrying `request`, where its source is a URL (a file can't go in a string); else a plain
 * name. A message to a worker that is still loading waits for the page's thread to hand it on, and at start that
 * thread is held up making the WebGL context: the decode began 0.3-0.9 s late. A name is there at once.
 */
export function nameOfRequest(request: WorkerRequest | null): string {
  return request && inName(request) ? NAME_PREFIX + JSON.stringify(request) : 'decode';
}

/** Whether `request` goes in the worker's name (else it goes as a message). */
export function inName(request: WorkerRequest): boolean {
  return typeof request.source === 'string';
}

/** The request a worker's name carries, or null. */
export function requestOfName(name: string): WorkerRequest | null {
  if (!name.startsWith(NAME_PREFIX)) return null;
  try {
    const request = JSON.parse(name.slice(NAME_PREFIX.length)) as WorkerRequest;
    return typeof request?.source === 'string' && typeof request.options === 'object' ? request : null;
  } catch {
    return null;
  }
}
