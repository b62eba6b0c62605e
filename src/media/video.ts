// A video file's primary track, sampled into the volume. mediabunny reads the container; the browser's
// WebCodecs decodes. Display size, rotation and non-square pixels come from the track's metadata.
import { type Input, VideoSampleSink } from 'mediabunny';
import { fitVolume } from '../model/budget';
import { codecMessage, MESSAGES } from './errors';
import { createFrameWriter, yieldToEventLoop } from './frames';
import { fillMissing, sampleTimes } from './sampling';
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
  // Samples are drawn straight into the writer's CPU-side canvas; sample.draw applies rotation and flip and
  // stretches to the box, which has the display aspect ratio. (CanvasSink would add a GPU readback a frame.)
  const sink = new VideoSampleSink(track);
  const present: boolean[] = [];
  ctx.progress.stage = 'decode';
  options.onProgress?.(0);
  for await (const sample of sink.samplesAtTimestamps(sampleTimes(startSec, durationSec, shape.frames))) {
    try {
      if (sample && !signal.aborted) writer.draw(present.length, (c, w, h) => sample.draw(c, 0, 0, w, h));
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
