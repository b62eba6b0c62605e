// One decoded sample into one volume frame, turned, mirrored and stretched to the display size, by the
// quickest path that keeps quality: when no scaling is needed, the YUV planes converted here (yuv-rgba.ts),
// else the browser's own RGBA conversion; averaging the YUV planes when a big frame shrinks; else drawing into
// a CPU-side 2D canvas. (CanvasSink would add a GPU readback a frame.)
import type { VideoSample } from 'mediabunny';
import type { VolumeShape } from '../model/budget';
import {
  downscaleYuv,
  orientInto,
  YUV_FORMATS,
  type YuvFormat,
  type YuvFrame,
  type YuvMatrix,
  yuvMatrix,
} from './downscale';
import type { FrameWriter } from './frames';
import { yuvToRgba } from './yuv-rgba';

/** Below this much shrinking (in pixels per frame) the canvas is quick and filters better. */
const PLANES_MIN_SHRINK = 2;

export interface Painter {
  paint(sample: VideoSample, index: number): Promise<void>;
  /** Frames painted by each path so far. */
  readonly paths: Readonly<Record<string, number>>;
}

export function createPainter(writer: FrameWriter, shape: VolumeShape): Painter {
  let planes: Uint8Array | null = null; // reused from frame to frame: an 8K frame's planes are 50 MB
  let turned: Uint8Array | null = null; // an RGBA frame before turning
  let rgbaCopy = true; // until the browser refuses VideoFrame.copyTo({ format: 'RGBA' })
  let samePlanes = true; // until the browser refuses to copy a frame's planes
  const paths: Record<string, number> = {};
  const took = (path: string): void => void (paths[path] = (paths[path] ?? 0) + 1);

  /** The browser converts to RGBA while copying out (Chromium, Safari); about a tenth of a canvas round trip. */
  async function copyRgba(sample: VideoSample, index: number, tw: number, th: number): Promise<boolean> {
    const options = { format: 'RGBA', colorSpace: 'srgb' } as const;
    try {
      if (sample.rotation === 0 && !sample.flip) {
        await sample.copyTo(writer.frame(index), options);
        return true;
      }
      if (!turned || turned.length !== tw * th * 4) turned = new Uint8Array(tw * th * 4);
      await sample.copyTo(turned, options);
      orientInto(turned, tw, th, sample.rotation, sample.flip, writer.frame(index));
      return true;
    } catch {
      rgbaCopy = false; // e.g. Firefox before RGBA conversion, or a format it can't convert
      return false;
    }
  }

  /** The sample's visible planes, copied out (this never waits on the GPU process), and its matrix. */
  async function copyPlanes(sample: VideoSample): Promise<{ frame: YuvFrame; matrix: YuvMatrix }> {
    const size = sample.allocationSize();
    if (!planes || planes.length < size) planes = new Uint8Array(size);
    const layout = await sample.copyTo(planes);
    const { width: widthPx, height: heightPx } = sample.visibleRect;
    const { matrix, fullRange } = sample.colorSpace;
    return {
      frame: { format: sample.format as YuvFormat, widthPx, heightPx, data: planes, layout },
      matrix: yuvMatrix(matrix, fullRange, heightPx),
    };
  }

  /**
   * The planes converted here, at the same size; returns which loop did it, or null when the browser refused
   * to copy the planes.
   */
  async function convertPlanes(
    sample: VideoSample,
    index: number,
    tw: number,
    th: number,
  ): Promise<'simd' | 'tables' | null> {
    try {
      const { frame, matrix } = await copyPlanes(sample);
      const upright = sample.rotation === 0 && !sample.flip;
      if (!upright && (!turned || turned.length !== tw * th * 4)) turned = new Uint8Array(tw * th * 4);
      const target = upright ? writer.frame(index) : turned!;
      const loop = yuvToRgba(frame, matrix, target);
      if (!upright) orientInto(target, tw, th, sample.rotation, sample.flip, writer.frame(index));
      return loop;
    } catch {
      samePlanes = false;
      return null;
    }
  }

  async function averagePlanes(sample: VideoSample, index: number, tw: number, th: number): Promise<boolean> {
    try {
      const { frame, matrix } = await copyPlanes(sample);
      const rgba = downscaleYuv(frame, tw, th, matrix);
      orientInto(rgba, tw, th, sample.rotation, sample.flip, writer.frame(index));
      return true;
    } catch {
      return false; // copyTo refused this frame: the canvas can still draw it
    }
  }

  return {
    paths,
    async paint(sample, index) {
      const { width: sw, height: sh } = sample.visibleRect;
      const quarter = sample.rotation % 180 !== 0;
      const tw = quarter ? shape.heightPx : shape.widthPx; // the target before turning
      const th = quarter ? shape.widthPx : shape.heightPx;
      const format = sample.format;
      // Formats with alpha go through the canvas, which puts them on opaque black.
      const opaque = format !== null && !format.includes('A');
      const yuv = format !== null && YUV_FORMATS.includes(format);
      const sameSize = sw === tw && sh === th;
      const loop = samePlanes && yuv && opaque && sameSize ? await convertPlanes(sample, index, tw, th) : null;
      if (loop) return took(`planes-${loop}`);
      if (rgbaCopy && opaque && sameSize && (await copyRgba(sample, index, tw, th))) return took('rgba-copy');
      if (yuv && sw * sh >= PLANES_MIN_SHRINK * tw * th && (await averagePlanes(sample, index, tw, th)))
        return took('planes');
      writer.draw(index, (c, w, h) => sample.draw(c, 0, 0, w, h));
      took('canvas');
    },
  };
}
