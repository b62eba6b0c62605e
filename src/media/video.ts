// A video file's primary track, sampled into the volume. mediabunny reads the container; the browser's
// WebCodecs decodes. Display size, rotation and non-square pixels come from the track's metadata.
import { EncodedPacketSink, type Input, type InputVideoTrack } from 'mediabunny';
import { fitVolume } from '../model/budget';
import { codecMessage, MESSAGES } from './errors';
import { decodeFrames } from './frame-loop';
import { createFrameWriter, yieldToEventLoop } from './frames';
import { createPainter } from './paint';
import { fillMissing, judgeFrames, sampleSlots, sampleTimes, timeInSlot } from './sampling';
import type { DecodeContext, LoadResult } from './types';

export async function decodeVideo(input: Input, ctx: DecodeContext): Promise<LoadResult> {
  const { options, signal } = ctx;
  const openedAt = performance.now();
  const track = await input.getPrimaryVideoTrack();
  if (!track) {
    if (await input.getPrimaryAudioTrack()) return { ok: false, message: MESSAGES.audioOnly };
    // An MP4 cut short before its index (moov) reads as a container with no tracks at all.
    return { ok: false, message: (await input.getTracks()).length > 0 ? MESSAGES.noVideo : MESSAGES.unreadable };
  }
  if (typeof VideoDecoder !== 'function') return { ok: false, message: MESSAGES.noWebCodecs };
  if (!(await track.canDecode()))
    return {
      ok: false,
      message: (await descriptionDamaged(track)) ? MESSAGES.damagedDescription : codecMessage(await track.getCodec()),
    };

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
  options.onMeta?.({ displayWidthPx, displayHeightPx, frameCount, fps });

  const shape = fitVolume({ frames: frameCount, heightPx: displayHeightPx, widthPx: displayWidthPx }, options);
  const writer = createFrameWriter(shape, options.ownFrames === true);
  const onPage = typeof document !== 'undefined';
  const painter = createPainter(writer, shape);
  ctx.progress.stage = 'decode';
  options.onProgress?.(0);
  const frameTimes = shape.frames === frameCount ? await presentationTimes(track, frameCount) : null;
  const times = frameTimes ?? (await timesToDecode(track, startSec, durationSec, frameCount, shape.frames));
  const spent = { convertMs: 0, sendMs: 0 };
  const decodingAt = performance.now();
  const states = await decodeFrames(track, {
    times,
    sequential: frameTimes !== null,
    signal,
    async paint(sample, index) {
      const t0 = performance.now();
      await painter.paint(sample, index);
      const t1 = performance.now();
      options.onFrames?.(shape, index, writer.frame(index));
      if (options.ownFrames) writer.release(index);
      spent.convertMs += t1 - t0;
      spent.sendMs += performance.now() - t1;
      if (onPage) await yieldToEventLoop(); // a worker has no page to keep responsive
    },
    onSettled: (settled) => options.onProgress?.(settled / shape.frames),
  });
  if (signal.aborted) return { ok: false, message: MESSAGES.cancelled, cancelled: true };
  const verdict = judgeFrames(states);
  if (!verdict.ok)
    return { ok: false, message: verdict.reason === 'cut-short' ? MESSAGES.truncated : MESSAGES.corrupt };
  fillMissing(
    states.map((state) => state === 'decoded'),
    writer.copy,
  );
  return {
    ok: true,
    clip: {
      displayWidthPx,
      displayHeightPx,
      frameCount,
      durationSec,
      fps,
      damagedFrames: verdict.damaged,
      timings: {
        openMs: decodingAt - openedAt,
        decodeMs: performance.now() - decodingAt - spent.convertMs - spent.sendMs,
        ...spent,
        paths: { ...painter.paths },
      },
      volume: { ...shape, rgba: writer.rgba },
      ...(options.ownFrames ? { fills: writer.fills } : {}),
    },
  };
}

/**
 * The browser decodes this codec, but not with the description the file gives (H.264's avcC, say), or that
 * description can't be read at all: the file is damaged, not the browser lacking.
 */
async function descriptionDamaged(track: InputVideoTrack): Promise<boolean> {
  try {
    const config = await track.getDecoderConfig().catch(() => undefined);
    if (config === undefined) return (await track.getCodec()) !== null; // a known codec whose description won't parse
    if (!config?.description) return false;
    return (await VideoDecoder.isConfigSupported({ codec: config.codec })).supported === true;
  } catch {
    return false;
  }
}

/** Every frame's timestamp in presentation order, from the index (no frame is read); null if they don't add up. */
async function presentationTimes(track: InputVideoTrack, frameCount: number): Promise<number[] | null> {
  const times: number[] = [];
  for await (const packet of new EncodedPacketSink(track).packets(undefined, undefined, { metadataOnly: true }))
    times.push(packet.timestamp);
  times.sort((a, b) => a - b);
  const distinct = times.every((t, i) => i === 0 || t > times[i - 1]!);
  return times.length === frameCount && distinct ? times : null;
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
