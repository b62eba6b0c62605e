// What the user reads when a clip can't be loaded. Pure: each failure becomes one short, plain sentence or
// two that says what to do. Raw error text never reaches the page (it may carry markup or a server's words).
import { DECODE_TIMEOUT_MS, MAX_FILE_BYTES } from '../config';

const SUPPORTED = 'Try an MP4, WebM or MOV video, or a PNG, JPEG, WebP or GIF image.';
const REENCODE = 'Re-encode it to H.264, VP9 or AV1 and try again.';

export const MESSAGES = {
  empty: 'This file is empty (0 bytes). Choose a video or image file.',
  tooLarge: `This file is larger than ${formatBytes(MAX_FILE_BYTES)}, the most this page reads. Trim the clip or re-encode it smaller.`,
  notMedia: `This file isn't a video or image this page can read. ${SUPPORTED}`,
  notMediaUrl: `This address doesn't lead to a video or image this page can read. ${SUPPORTED}`,
  audioOnly: 'This file has sound but no video track. Choose a video file.',
  noVideo: `This file has no video track. ${SUPPORTED}`,
  noWebCodecs: "This browser can't decode video (it lacks WebCodecs). Try a recent Chrome, Edge, Firefox or Safari.",
  unknownCodec: `This video uses a codec this browser can't decode. ${REENCODE}`,
  corrupt: "This video couldn't be decoded; the file may be damaged or incomplete. Try exporting it again.",
  damagedDescription:
    "This file is damaged: its codec description, which says how the frames are encoded, can't be read. Try exporting it again.",
  truncated: 'This video stops early; the file seems cut short or damaged. Try the complete file or export it again.',
  unreadable: "This file couldn't be read; it may be damaged or incomplete. Try exporting it again.",
  imageCorrupt: "This image couldn't be decoded; the file may be damaged or incomplete. Try exporting it again.",
  urlRefused: 'Only https: addresses or files on this site can be loaded. Check the address.',
  urlBlocked:
    "The video couldn't be fetched. Check the address; a video on another site loads only if its server allows cross-origin requests (CORS).",
  timeout: `Decoding took longer than ${Math.round(DECODE_TIMEOUT_MS / 1000)} seconds and was stopped. Try a shorter or smaller clip.`,
  cancelled: 'Loading was cancelled.',
  unexpected: "The clip couldn't be loaded. Try another file.",
} as const;

export function httpStatusMessage(status: number): string {
  return status === 404 || status === 410
    ? `The server has no file at this address (HTTP ${status}). Check the address.`
    : `The server refused to send the video (HTTP ${status}). Check the address or try again later.`;
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
export function codecMessage(codec: string | null): string {
  const label = codec === null ? undefined : CODEC_LABELS.get(codec);
  return label
    ? `This video is encoded as ${label}, which this browser can't decode. ${REENCODE}`
    : MESSAGES.unknownCodec;
}

/** The note for a clip shown with some frames the decoder couldn't read, each filled from its neighbour. */
export function damagedFramesNote(damaged: number, total: number): string {
  const frames = damaged === 1 ? '1 frame' : `${damaged} frames`;
  return `${frames} of ${total} couldn't be decoded: the file is damaged there. Each shows the nearest frame that could.`;
}

/** How far a load got when it failed: reading the container, decoding frames, or decoding an image. */
export type Stage = 'open' | 'decode' | 'image';

/** The message for an error thrown while loading. */
export function messageForError(error: unknown, stage: Stage, fromUrl: boolean): string {
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

export function formatBytes(bytes: number): string {
  const units = ['bytes', 'KiB', 'MiB', 'GiB', 'TiB'];
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit += 1;
  }
  const rounded = Number.isInteger(value) ? String(value) : value.toFixed(1);
  return `${rounded} ${units[unit] ?? 'bytes'}`;
}
