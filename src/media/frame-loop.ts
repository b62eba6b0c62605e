// The decoder's loop over a track: one sample per volume frame, in order. A decoder error doesn't end it: the
// frames up to the next key frame are marked damaged and decoding carries on from there with a new decoder.
import { EncodedPacketSink, type InputVideoTrack, type VideoSample, VideoSampleSink } from 'mediabunny';
import { type FrameState, resumeIndex } from './sampling';

export interface FrameLoopOptions {
  /** One time (s) per volume frame, ascending. */
  readonly times: readonly number[];
  /**
   * Every frame of the track is used, one per volume frame, and `times` are their timestamps: read them as
   * one run (`samples()`), which decodes each packet once, instead of seeking to each time.
   */
  readonly sequential: boolean;
  readonly signal: AbortSignal;
  /** Frame `index` of the volume is `sample` (closed after this returns). */
  paint(sample: VideoSample, index: number): Promise<void> | void;
  /** `settled` of the volume's frames are decoded, damaged or missing. */
  onSettled?(settled: number): void;
}

/** What became of each volume frame. Errors other than the decoder's (a network failure, say) are thrown. */
export async function decodeFrames(track: InputVideoTrack, options: FrameLoopOptions): Promise<FrameState[]> {
  const { times, sequential, signal } = options;
  const states: FrameState[] = times.map(() => 'missing');
  const sink = new VideoSampleSink(track);
  let next = 0;
  while (next < times.length && !signal.aborted) {
    try {
      const samples = sequential ? sink.samples(times[next]) : sink.samplesAtTimestamps(times.slice(next));
      for await (const sample of samples) {
        if (next >= times.length) {
          sample?.close();
          break;
        }
        try {
          if (sample && !signal.aborted) {
            await options.paint(sample, next);
            states[next] = 'decoded';
          }
        } finally {
          sample?.close();
        }
        next += 1;
        options.onSettled?.(next);
        if (signal.aborted) break;
      }
      break; // the source has no more frames: any left are missing
    } catch (error) {
      if (signal.aborted || !isDecoderError(error)) throw error;
      const resume = resumeIndex(times, next, await nextKeySec(track, times[next]!));
      for (let i = next; i < resume; i += 1) states[i] = 'damaged';
      next = resume;
      options.onSettled?.(next);
    }
  }
  return states;
}

/** WebCodecs reports a frame it can't decode as an EncodingError (Chromium) or OperationError (others). */
function isDecoderError(error: unknown): boolean {
  return error instanceof DOMException && ['EncodingError', 'OperationError', 'DataError'].includes(error.name);
}

/** The timestamp of the first key frame after `timeSec`, or null when there is none. */
async function nextKeySec(track: InputVideoTrack, timeSec: number): Promise<number | null> {
  const packets = new EncodedPacketSink(track);
  const options = { metadataOnly: true } as const;
  const key = (await packets.getKeyPacket(timeSec, options)) ?? (await packets.getFirstPacket(options));
  let next = key && (await packets.getNextKeyPacket(key, options));
  while (next && next.timestamp <= timeSec) next = await packets.getNextKeyPacket(next, options);
  return next?.timestamp ?? null;
}
