// An alert or a note (src/state/messages.ts: a kind and its values) in the language in use.
import type { MediaProblem, Message, UrlNote } from '../state/messages';
import { STRINGS, formatInt, formatNumber } from './strings';

/** 1073741824 → "1 GiB", the number in the language's format. */
export function formatBytes(bytes: number): string {
  const units = ['bytes', 'KiB', 'MiB', 'GiB', 'TiB'];
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit += 1;
  }
  return `${formatNumber(value, 1)} ${units[unit] ?? 'bytes'}`;
}

/** `key=“value”`: the URL's own spelling, with the value quoted the language's way. */
function typed(note: { readonly key: string; readonly raw: string }): string {
  return `${note.key}=${STRINGS.notices.quote(note.raw)}`;
}

function linkText(note: UrlNote): string {
  const words = STRINGS.notices.link;
  switch (note.kind) {
    case 'tooLong':
      return words.tooLong(String(note.max));
    case 'unknownKey':
      return words.unknownKey(STRINGS.notices.quote(note.raw));
    case 'twice':
      return words.twice(note.key);
    case 'clamped':
    case 'odd':
      return words[note.kind](typed(note), note.value);
    case 'notOneOf':
    case 'subset':
      return words[note.kind](typed(note), note.options.join(', '));
    case 'more':
      return words.more(note.count);
    default:
      return words[note.kind](typed(note));
  }
}

/** The sentence for a message, in the language in use. */
export function messageText(message: Message): string {
  const words = STRINGS.notices;
  switch (message.kind) {
    case 'text':
      return message.text;
    case 'localLink':
      return STRINGS.localLinkMissing;
    case 'tooLarge':
      return words.tooLarge(formatBytes(message.bytes));
    case 'timeout':
      return words.timeout(message.seconds);
    case 'damagedDescription':
      return words.damagedDescription;
    case 'httpMissing':
    case 'httpRefused':
      return words[message.kind](message.status);
    case 'codec':
      return words.codec(message.label);
    case 'damagedFrames':
      return words.damagedFrames(message.damaged, formatInt(message.total));
    case 'tooLong':
    case 'unknownKey':
    case 'twice':
    case 'notNumber':
    case 'dimsShape':
    case 'flag':
    case 'clip':
    case 'camera':
    case 'clamped':
    case 'odd':
    case 'notOneOf':
    case 'subset':
    case 'more':
      return linkText(message);
    default:
      return STRINGS.media[message.kind as Exclude<MediaProblem, 'damagedDescription'>];
  }
}

/**
 * Set a message's text; a run the tables mark as left to right (U+2066 … U+2069, a URL value in an Arabic
 * sentence) goes in a <bdi dir=ltr>, which browsers isolate more reliably than the marks alone.
 */
export function setText(node: HTMLElement, text: string): void {
  node.replaceChildren(
    ...text.split(/\u2066([^\u2069]*)\u2069/).map((part, i) => {
      if (i % 2 === 0) return part;
      const run = document.createElement('bdi');
      run.dir = 'ltr';
      run.textContent = part;
      return run;
    }),
  );
}
