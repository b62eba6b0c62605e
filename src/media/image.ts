// Still images become one-frame clips; an animated GIF keeps its frames where the browser has ImageDecoder.
import { fitVolume } from '../model/budget';
import { MESSAGES } from './errors';
import { createFrameWriter, yieldToEventLoop } from './frames';
import { evenIndices } from './sampling';
import type { ImageType } from './sniff';
import type { DecodeContext, LoadResult } from './types';

export async function decodeImage(blob: Blob, type: ImageType, ctx: DecodeContext): Promise<LoadResult> {
  ctx.progress.stage = 'image';
  if (type === 'image/gif' && typeof ImageDecoder === 'function' && (await ImageDecoder.isTypeSupported(type))) {
    return decodeAnimated(blob, type, ctx);
  }
  // EXIF orientation is applied ('from-image' is the default); a GIF without ImageDecoder gives its first frame.
  const bitmap = await createImageBitmap(blob);
  try {
    return still(bitmap, bitmap.width, bitmap.height, ctx);
  } finally {
    bitmap.close();
  }
}

function still(image: CanvasImageSource, widthPx: number, heightPx: number, ctx: DecodeContext): LoadResult {
  if (ctx.signal.aborted) return { ok: false, message: MESSAGES.cancelled, cancelled: true };
  if (!(widthPx >= 1 && heightPx >= 1)) return { ok: false, message: MESSAGES.imageCorrupt };
  const shape = fitVolume({ frames: 1, heightPx, widthPx }, ctx.options);
  const writer = createFrameWriter(shape);
  writer.draw(0, (c, w, h) => c.drawImage(image, 0, 0, w, h));
  ctx.options.onProgress?.(1);
  return {
    ok: true,
    clip: {
      displayWidthPx: widthPx,
      displayHeightPx: heightPx,
      frameCount: 1,
      durationSec: 0,
      fps: 0,
      damagedFrames: 0,
      volume: { ...shape, rgba: writer.rgba },
    },
  };
}

async function decodeAnimated(blob: Blob, type: ImageType, ctx: DecodeContext): Promise<LoadResult> {
  const { options, signal } = ctx;
  const decoder = new ImageDecoder({ data: await blob.arrayBuffer(), type });
  ctx.onRelease(() => decoder.close());
  await decoder.tracks.ready;
  await decoder.completed; // all bytes parsed: frameCount is final
  const frameCount = decoder.tracks.selectedTrack?.frameCount ?? 0;
  const first = (await decoder.decode({ frameIndex: 0 })).image;
  const widthPx = first.displayWidth;
  const heightPx = first.displayHeight;
  if (frameCount <= 1) {
    try {
      return still(first, widthPx, heightPx, ctx);
    } finally {
      first.close();
    }
  }
  first.close();

  const shape = fitVolume({ frames: frameCount, heightPx, widthPx }, options);
  const writer = createFrameWriter(shape);
  const indices = evenIndices(frameCount, shape.frames);
  let sampledMicros = 0;
  options.onProgress?.(0);
  for (const [i, frameIndex] of indices.entries()) {
    if (signal.aborted) return { ok: false, message: MESSAGES.cancelled, cancelled: true };
    const { image } = await decoder.decode({ frameIndex });
    try {
      writer.draw(i, (c, w, h) => c.drawImage(image, 0, 0, w, h));
      sampledMicros += image.duration ?? 0;
    } finally {
      image.close();
    }
    options.onProgress?.((i + 1) / indices.length);
    await yieldToEventLoop();
  }
  // Frame delays vary in a GIF; the sampled ones stand for all when not every frame was decoded.
  const durationSec = (sampledMicros / 1e6) * (frameCount / indices.length);
  return {
    ok: true,
    clip: {
      displayWidthPx: widthPx,
      displayHeightPx: heightPx,
      frameCount,
      durationSec,
      fps: durationSec > 0 ? frameCount / durationSec : 0,
      damagedFrames: 0,
      volume: { ...shape, rgba: writer.rgba },
    },
  };
}
