import { describe, expect, it } from 'vitest';
import { codecMessage, httpStatusMessage, MESSAGES, messageForError } from '../../src/media/errors';
import { formatBytes, messageText } from '../../src/ui/notices';

const named = (name: string, message = ''): Error => Object.assign(new Error(message), { name });

describe('messageForError', () => {
  it('calls an unrecognised container not a media file', () => {
    expect(
      messageForError(
        named('UnsupportedInputFormatError', 'Input has an unsupported or unrecognizable format.'),
        'open',
        false,
      ),
    ).toBe(MESSAGES.notMedia);
    expect(messageForError(named('UnsupportedInputFormatError'), 'open', true)).toBe(MESSAGES.notMediaUrl);
  });

  it('tells a failed fetch (unreachable or CORS) from an HTTP status', () => {
    expect(messageForError(new TypeError('Failed to fetch'), 'open', true)).toBe(MESSAGES.urlBlocked);
    expect(messageForError(new TypeError('NetworkError when attempting to fetch resource.'), 'open', true)).toBe(
      MESSAGES.urlBlocked,
    );
    expect(messageForError(new Error('Error fetching https://x.test/a.mp4: 404 Not Found'), 'open', true)).toEqual(
      httpStatusMessage(404),
    );
    expect(messageForError(new Error('Error fetching https://x.test/a.mp4: 403 '), 'open', true)).toEqual(
      httpStatusMessage(403),
    );
  });

  it('blames the file for errors past the container, and never echoes raw text', () => {
    expect(messageForError(named('EncodingError', 'Decoding error.'), 'decode', false)).toBe(MESSAGES.corrupt);
    expect(messageForError(new RangeError('offset out of bounds'), 'open', false)).toBe(MESSAGES.unreadable);
    expect(messageForError(named('InvalidStateError', 'The source image could not be decoded.'), 'image', false)).toBe(
      MESSAGES.imageCorrupt,
    );
    expect(messageForError(new TypeError('Failed to fetch'), 'open', false)).toBe(MESSAGES.unreadable);
    expect(messageForError('<b>boom</b>', 'decode', true)).toBe(MESSAGES.corrupt);
  });
});

describe('messages', () => {
  it('names the codec and says what to re-encode to', () => {
    expect(messageText(codecMessage('hevc'))).toContain('HEVC/H.265');
    expect(messageText(codecMessage('hevc'))).toMatch(/H\.264, VP9 or AV1/);
    expect(codecMessage(null)).toBe(MESSAGES.unknownCodec);
    expect(codecMessage('toString')).toBe(MESSAGES.unknownCodec);
  });

  it('are short plain text', () => {
    const all = [...Object.values(MESSAGES), codecMessage('av1'), httpStatusMessage(404), httpStatusMessage(500)];
    for (const text of all.map(messageText)) {
      expect(text).not.toMatch(/[<>]/);
      expect(text.length).toBeLessThan(160);
      expect(text.split(/[.!?](?:\s|$)/).filter(Boolean).length).toBeLessThanOrEqual(2);
    }
    expect(messageText(MESSAGES.tooLarge)).toContain('1 GiB');
    expect(messageText(MESSAGES.timeout)).toContain('60 seconds');
    expect(messageText(httpStatusMessage(404))).toBe(
      'The server has no file at this address (HTTP 404). Check the address.',
    );
  });

  it('formats byte counts', () => {
    expect(formatBytes(0)).toBe('0 bytes');
    expect(formatBytes(1536)).toBe('1.5 KiB');
    expect(formatBytes(1024 ** 3)).toBe('1 GiB');
  });
});
