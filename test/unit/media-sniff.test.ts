import { describe, expect, it } from 'vitest';
import { allowedUrl, imageTypeOf, imageTypeOfPath, sniffImage } from '../../src/media/sniff';

const bytes = (...parts: (string | number[])[]): Uint8Array =>
  new Uint8Array(parts.flatMap((part) => (typeof part === 'string' ? [...part].map((c) => c.charCodeAt(0)) : part)));

describe('sniffImage', () => {
  it('knows PNG, JPEG, GIF, WebP and AVIF by their first bytes', () => {
    expect(sniffImage(bytes([0x89], 'PNG\r\n\x1a\n', [0, 0, 0, 13]))).toBe('image/png');
    expect(sniffImage(bytes([0xff, 0xd8, 0xff, 0xe0]))).toBe('image/jpeg');
    expect(sniffImage(bytes('GIF89a', [1, 0]))).toBe('image/gif');
    expect(sniffImage(bytes('GIF87a'))).toBe('image/gif');
    expect(sniffImage(bytes('RIFF', [0, 0, 0, 0], 'WEBPVP8 '))).toBe('image/webp');
    expect(sniffImage(bytes([0, 0, 0, 28], 'ftypavif'))).toBe('image/avif');
  });

  it('leaves videos, audio, text and short heads alone', () => {
    expect(sniffImage(bytes([0, 0, 0, 32], 'ftypisom'))).toBeNull(); // MP4
    expect(sniffImage(bytes([0x1a, 0x45, 0xdf, 0xa3]))).toBeNull(); // WebM
    expect(sniffImage(bytes('RIFF', [0, 0, 0, 0], 'WAVEfmt '))).toBeNull();
    expect(sniffImage(bytes('hello, world'))).toBeNull();
    expect(sniffImage(bytes([0x89], 'PN'))).toBeNull();
    expect(sniffImage(new Uint8Array())).toBeNull();
  });
});

describe('imageTypeOf', () => {
  it('trusts the bytes over the MIME type', () => {
    expect(imageTypeOf('video/mp4', bytes('GIF89a'))).toBe('image/gif');
    expect(imageTypeOf('', bytes([0xff, 0xd8, 0xff]))).toBe('image/jpeg');
  });
  it('falls back to a known image MIME type', () => {
    expect(imageTypeOf('image/bmp', bytes('BM'))).toBe('image/bmp');
    expect(imageTypeOf('IMAGE/JPG', bytes('x'))).toBe('image/jpeg');
    expect(imageTypeOf('image/svg+xml', bytes('<svg'))).toBeNull();
    expect(imageTypeOf('video/mp4', bytes([0, 0, 0, 32], 'ftypisom'))).toBeNull();
    expect(imageTypeOf('', bytes('text'))).toBeNull();
  });
});

describe('imageTypeOfPath', () => {
  it('reads the extension, case-insensitively', () => {
    expect(imageTypeOfPath('/a/b.PNG')).toBe('image/png');
    expect(imageTypeOfPath('/a/b.jpeg')).toBe('image/jpeg');
    expect(imageTypeOfPath('/a/b.gif')).toBe('image/gif');
    expect(imageTypeOfPath('/a/b.mp4')).toBeNull();
    expect(imageTypeOfPath('/a/png')).toBeNull();
  });
});

describe('allowedUrl', () => {
  const page = 'https://example.org/app/index.html#clip=x';
  it('allows https: anywhere and paths on the page’s own origin', () => {
    expect(allowedUrl('https://cdn.example.com/v.mp4', page)?.href).toBe('https://cdn.example.com/v.mp4');
    expect(allowedUrl('clips/landscape.mp4', page)?.href).toBe('https://example.org/app/clips/landscape.mp4');
    expect(allowedUrl('/clips/a.mp4', 'http://localhost:5173/')?.href).toBe('http://localhost:5173/clips/a.mp4');
    expect(allowedUrl('http://localhost:5173/a.mp4', 'http://localhost:5173/')?.href).toBe(
      'http://localhost:5173/a.mp4',
    );
  });
  it('refuses other schemes, plain http: elsewhere, credentials and junk', () => {
    expect(allowedUrl('http://example.com/v.mp4', page)).toBeNull();
    expect(allowedUrl('//evil.example/v.mp4', 'http://localhost:5173/')).toBeNull();
    expect(allowedUrl('javascript:alert(1)', page)).toBeNull();
    expect(allowedUrl('data:video/mp4;base64,AAAA', page)).toBeNull();
    expect(allowedUrl('file:///etc/passwd', page)).toBeNull();
    expect(allowedUrl('https://user:pw@example.com/v.mp4', page)).toBeNull();
    expect(allowedUrl('https://[bad', page)).toBeNull();
    expect(allowedUrl('a.mp4', 'not a url')).toBeNull();
  });
});
