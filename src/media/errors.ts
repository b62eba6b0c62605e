// What the user reads when a clip can't be loaded. Pure: each failure becomes a message kind (and its values)
// that the interface words in the reader's language (src/ui/notices.ts). Raw error text never reaches the page
// (it may carry markup or a server's words).
import { DECODE_TIMEOUT_MS, MAX_FILE_BYTES } from '../config';
import type { MediaMessage } from '../state/messages';

/** Each failure that needs no values, as a message the interface words (src/ui/strings.ts `media`). */
export const MESSAGES = {
  empty: { kind: 'empty' },
  tooLarge: { kind: 'tooLarge', bytes: MAX_FILE_BYTES },
  notMedia: { kind: 'notMedia' },
  notMediaUrl: { kind: 'notMediaUrl' },
  audioOnly: { kind: 'audioOnly' },
  noVideo: { kind: 'noVideo' },
  noWebCodecs: { kind: 'noWebCodecs' },
  unknownCodec: { kind: 'unknownCodec' },
  corrupt: { kind: 'corrupt' },
  damagedDescription: { kind: 'damagedDescription' },
  truncated: { kind: 'truncated' },
  unreadable: { kind: 'unreadable' },
  imageCorrupt: { kind: 'imageCorrupt' },
  urlRefused: { kind: 'urlRefused' },
  urlBlocked: { kind: 'urlBlocked' },
  timeout: { kind: 'timeout', seconds: Math.round(DECODE_TIMEOUT_MS / 1000) },
  cancelled: { kind: 'cancelled' },
  unexpected: { kind: 'unexpected' },
} as const satisfies Record<string, MediaMessage>;

export function httpStatusMessage(status: number): MediaMessage {
  return { kind: status === 404 || status === 410 ? 'httpMissing' : 'httpRefused', status };
}

const CODEC_LABELS: ReadonlyMap<string, string> = new Map([
  ['avc', 'H.264'],
  ['hevc', 'HEVC/H.265'],
  ['vp8', 'VP8'],
  ['vp9', 'VP9'],
  ['av1', 'AV1'],
  ['prores', 'ProRes'],
]);

/** The message for a video track the browser can't decode; `codec` is mediabunny's codec id, if known. */
export function codecMessage(codec: string | null): MediaMessage {
  const label = codec === null ? undefined : CODEC_LABELS.get(codec);
  return label ? { kind: 'codec', label } : MESSAGES.unknownCodec;
}

/** The note for a clip shown with some frames the decoder couldn't read, each filled from its neighbour. */
export function damagedFramesNote(damaged: number, total: number): MediaMessage {
  return { kind: 'damagedFrames', damaged, total };
}

/** How far a load got when it failed: reading the container, decoding frames, or decoding an image. */
export type Stage = 'open' | 'decode' | 'image';

/** The message for an error thrown while loading. */
export function messageForError(error: unknown, stage: Stage, fromUrl: boolean): MediaMessage {
  const name = error instanceof Error ? error.name : '';
  const text = error instanceof Error ? error.message : '';
  if (name === 'UnsupportedInputFormatError') return fromUrl ? MESSAGES.notMediaUrl : MESSAGES.notMedia;
  if (fromUrl) {
    // mediabunny's UrlSource: `Error fetching <url>: <status> <statusText>`.
    const status = /^Error fetching .*: (\d{3})\b/s.exec(text)?.[1];
    if (status !== undefined) return httpStatusMessage(Number(status));
    // fetch() rejects with a TypeError when the server is unreachable or CORS blocks the response.
    if (name === 'TypeError' && /fetch|load failed|network/i.test(text)) return MESSAGES.urlBlocked;
  }
  if (stage === 'image') return MESSAGES.imageCorrupt;
  if (stage === 'decode') return MESSAGES.corrupt;
  return MESSAGES.unreadable;
}
