// The volume's bytes, written one frame at a time through a single 2D canvas that lives in CPU memory
// (willReadFrequently), so reading each frame back is a copy, not a GPU readback.
import { type VolumeShape, volumeBytes } from '../model/budget';

export type Context2D = CanvasRenderingContext2D | OffscreenCanvasRenderingContext2D;

export interface FrameWriter {
  /** The whole volume; empty when each frame has its own buffer (`ownFrames`). */
  readonly rgba: Uint8Array;
  /** Frame `index` becomes what `paint` draws, stretched to fill the volume's width and height. */
  draw(index: number, paint: (ctx: Context2D, widthPx: number, heightPx: number) => void): void;
  copy(from: number, to: number): void;
  /** Frame `index`'s bytes, to be written directly (RGBA, row 0 at the top). */
  frame(index: number): Uint8Array;
  /** With `ownFrames`: the writer lets go of frame `index`'s buffer (it was handed on, say transferred). */
  release(index: number): void;
  /** With `ownFrames`: the copies asked for, [from, to] in order, for whoever assembles the volume. */
  readonly fills: (readonly [number, number])[];
}

/**
 * `ownFrames`: each frame gets its own buffer, to be handed on without a copy (a worker transfers it), and
 * `copy` only records what to repeat; otherwise the frames are views into one volume buffer.
 */
export function createFrameWriter(shape: VolumeShape, ownFrames = false): FrameWriter {
  const { widthPx: w, heightPx: h } = shape;
  const frameBytes = w * h * 4;
  const rgba = new Uint8Array(ownFrames ? 0 : volumeBytes(shape));
  const own: (Uint8Array | undefined)[] = [];
  const fills: (readonly [number, number])[] = [];
  const frame = (index: number): Uint8Array =>
    ownFrames
      ? (own[index] ??= new Uint8Array(frameBytes))
      : rgba.subarray(index * frameBytes, (index + 1) * frameBytes);
  let drawing: Context2D | null = null; // made at the first frame drawn: frames converted from planes never need it
  return {
    rgba,
    draw(index, paint) {
      const ctx = (drawing ??= context2d(w, h));
      // Opaque black under the picture; transparent pixels would have no colour to show.
      ctx.fillStyle = '#000';
      ctx.fillRect(0, 0, w, h);
      paint(ctx, w, h);
      frame(index).set(ctx.getImageData(0, 0, w, h).data);
    },
    copy(from, to) {
      if (ownFrames) fills.push([from, to]);
      else rgba.copyWithin(to * frameBytes, from * frameBytes, (from + 1) * frameBytes);
    },
    frame,
    release: (index) => void (own[index] = undefined),
    fills,
  };
}

function context2d(w: number, h: number): Context2D {
  const options: CanvasRenderingContext2DSettings = { alpha: false, willReadFrequently: true };
  const ctx = canvasContext(w, h, options);
  ctx.imageSmoothingEnabled = true;
  ctx.imageSmoothingQuality = 'high';
  return ctx;
}

function canvasContext(w: number, h: number, options: CanvasRenderingContext2DSettings): Context2D {
  if (typeof OffscreenCanvas === 'function') {
    const ctx = new OffscreenCanvas(w, h).getContext('2d', options);
    if (ctx) return ctx;
  }
  const canvas = document.createElement('canvas');
  canvas.width = w;
  canvas.height = h;
  const ctx = canvas.getContext('2d', options);
  if (!ctx) throw new Error('2D canvas unavailable');
  return ctx;
}

/** Let the page paint and handle input between frames. */
export function yieldToEventLoop(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (typeof scheduler?.yield === 'function') return scheduler.yield();
  return new Promise((resolve) => setTimeout(resolve, 0));
}
