// A video file's primary track, sampled into the volume. mediabunny reads the container; the browser's
// WebCodecs decodes. Display size, rotation and non-square pixels come from the track's metadata.
import { EncodedPacketSink, type Input, type InputVideoTrack, type VideoSample, VideoSampleSink } from 'mediabunny';
import { type VolumeShape, fitVolume } from '../model/budget';
import { downscaleYuv, orientInto, YUV_FORMATS, type YuvFormat, yuvMatrix } from './downscale';
import { codecMessage, MESSAGES } from './errors';
import { createFrameWriter, type FrameWriter, yieldToEventLoop } from './frames';
import { fillMissing, sampleSlots, sampleTimes, timeInSlot } from './sampling';
import type { DecodeContext, LoadResult } from './types';

export async function decodeVideo(input: Input, ctx: DecodeContext): Promise<LoadResult> {
  const { options, signal } = ctx;
  const track = await input.getPrimaryVideoTrack();
  if (!track) {
    if (await input.getPrimaryAudioTrack()) return { ok: false, message: MESSAGES.audioOnly };
    // An MP4 cut short before its index (moov) reads as a container with no tracks at all.
    return { ok: false, message: (await input.getTracks()).length > 0 ? MESSAGES.noVideo : MESSAGES.unreadable };
  }
  if (typeof VideoDecoder !== 'function') return { ok: false, message: MESSAGES.noWebCodecs };
  if (!(await track.canDecode())) return { ok: false, message: codecMessage(await track.getCodec()) };

  // Display size honours rotation and the pixel aspect ratio (mediabunny reads both from the container).
  const displayWidthPx = await track.getDisplayWidth();
  const displayHeightPx = await track.getDisplayHeight();
  const { packetCount: frameCount } = await track.computePacketStats();
  if (frameCount < 1 || !(displayWidthPx >= 1) || !(displayHeightPx >= 1))
    return { ok: false, message: MESSAGES.corrupt };
  const startSec = await track.getFirstTimestamp();
  const durationSec = Math.max(0, (await track.computeDuration()) - startSec);
  const fps = durationSec > 0 ? frameCount / durationSec : 0;
  if (signal.aborted) return { ok: false, message: MESSAGES.cancelled, cancelled: true };

  const shape = fitVolume({ frames: frameCount, heightPx: displayHeightPx, widthPx: displayWidthPx }, options);
  const writer = createFrameWriter(shape);
  const sink = new VideoSampleSink(track);
  const present: boolean[] = [];
  const scratch: Scratch = { planes: null };
  ctx.progress.stage = 'decode';
  options.onProgress?.(0);
  const times = await timesToDecode(track, startSec, durationSec, frameCount, shape.frames);
  for await (const sample of sink.samplesAtTimestamps(times)) {
    try {
      if (sample && !signal.aborted) {
        await paint(sample, writer, present.length, shape, scratch);
        options.onFrames?.(shape, present.length, writer.frame(present.length));
      }
    } finally {
      sample?.close();
    }
    if (signal.aborted) break;
    present.push(sample !== null);
    options.onProgress?.(present.length / shape.frames);
    await yieldToEventLoop();
    if (signal.aborted) break;
  }
  if (signal.aborted) return { ok: false, message: MESSAGES.cancelled, cancelled: true };
  while (present.length < shape.frames) present.push(false);
  // No frame for a time after the first: the packets are listed but their bytes are missing (cut short).
  const first = present.indexOf(true);
  if (first >= 0 && !present.slice(first).every(Boolean)) return { ok: false, message: MESSAGES.truncated };
  if (!fillMissing(present, writer.copy)) return { ok: false, message: MESSAGES.corrupt };

  return {
    ok: true,
    clip: { displayWidthPx, displayHeightPx, frameCount, durationSec, fps, volume: { ...shape, rgba: writer.rgba } },
  };
}

/**
 * One time per volume frame, each in its own equal slice of the clip. When frames are skipped, a key frame
 * in a slice is preferred: a 10-minute clip then costs about one decode per volume frame instead of a run
 * from each previous key frame.
 */
async function timesToDecode(
  track: InputVideoTrack,
  startSec: number,
  durationSec: number,
  frameCount: number,
  count: number,
): Promise<number[]> {
  if (!(durationSec > 0) || frameCount <= count) return sampleTimes(startSec, durationSec, count);
  const packets = new EncodedPacketSink(track);
  const times: number[] = [];
  for (const slot of sampleSlots(startSec, durationSec, count)) {
    const key = await packets.getKeyPacket(slot.endSec - 1e-6, { metadataOnly: true }).catch(() => null);
    times.push(timeInSlot(slot, key?.timestamp ?? null));
  }
  return times;
}

/** Below this much shrinking (in pixels per frame) the canvas is quick and filters better. */
const PLANES_MIN_SHRINK = 2;

interface Scratch {
  planes: Uint8Array | null; // reused from frame to frame: an 8K frame's planes are 50 MB
}

/**
 * Frame `index` of the volume becomes `sample`, turned, mirrored and stretched to the display size. A big
 * frame is averaged from its YUV planes; others (and any format the planes path can't read) are drawn by
 * sample.draw into the writer's CPU-side canvas. (CanvasSink would add a GPU readback a frame.)
 */
async function paint(
  sample: VideoSample,
  writer: FrameWriter,
  index: number,
  shape: VolumeShape,
  scratch: Scratch,
): Promise<void> {
  const { width: sw, height: sh } = sample.visibleRect;
  const quarter = sample.rotation % 180 !== 0;
  const tw = quarter ? shape.heightPx : shape.widthPx; // the target before turning
  const th = quarter ? shape.widthPx : shape.heightPx;
  const format = sample.format;
  if (format && YUV_FORMATS.includes(format) && sw * sh >= PLANES_MIN_SHRINK * tw * th) {
    try {
      const size = sample.allocationSize();
      if (!scratch.planes || scratch.planes.length < size) scratch.planes = new Uint8Array(size);
      const layout = await sample.copyTo(scratch.planes);
      const { matrix, fullRange } = sample.colorSpace;
      const frame = { format: format as YuvFormat, widthPx: sw, heightPx: sh, data: scratch.planes, layout };
      const rgba = downscaleYuv(frame, tw, th, yuvMatrix(matrix, fullRange, sh));
      return orientInto(rgba, tw, th, sample.rotation, sample.flip, writer.frame(index));
    } catch {
      // copyTo refused this frame: the canvas can still draw it
    }
  }
  writer.draw(index, (c, w, h) => sample.draw(c, 0, 0, w, h));
}
