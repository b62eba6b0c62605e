// What a source is before it is decoded: an image type from its first bytes or MIME type, and whether a URL
// may be fetched at all. Pure.

export type ImageType = 'image/png' | 'image/jpeg' | 'image/webp' | 'image/gif' | 'image/avif' | 'image/bmp';

const IMAGE_TYPES: readonly ImageType[] = [
  'image/png',
  'image/jpeg',
  'image/webp',
  'image/gif',
  'image/avif',
  'image/bmp',
];

/** Bytes needed by `sniffImage`. */
export const SNIFF_BYTES = 16;

/** The image type named by a file's first bytes, or null. */
export function sniffImage(head: Uint8Array): ImageType | null {
  const at = (offset: number, text: string): boolean =>
    head.length >= offset + text.length && [...text].every((char, i) => head[offset + i] === char.charCodeAt(0));
  if (at(0, '\x89PNG\r\n\x1a\n')) return 'image/png';
  if (at(0, '\xff\xd8\xff')) return 'image/jpeg';
  if (at(0, 'GIF87a') || at(0, 'GIF89a')) return 'image/gif';
  if (at(0, 'RIFF') && at(8, 'WEBP')) return 'image/webp';
  if (at(4, 'ftypavif')) return 'image/avif'; // a still AVIF; 'avis' sequences are read as video
  return null;
}

/** Magic bytes win over the MIME type, which comes from the file name and may be wrong or empty. */
export function imageTypeOf(mime: string, head: Uint8Array): ImageType | null {
  const sniffed = sniffImage(head);
  if (sniffed) return sniffed;
  const declared = mime.split(';')[0]?.trim().toLowerCase() ?? '';
  if (declared === 'image/jpg') return 'image/jpeg';
  return IMAGE_TYPES.find((type) => type === declared) ?? null;
}

/** The image type a URL's path ends in, or null (then it is read as a video). */
export function imageTypeOfPath(pathname: string): ImageType | null {
  const ext = /\.([a-z0-9]+)$/i.exec(pathname)?.[1]?.toLowerCase();
  switch (ext) {
    case 'png':
      return 'image/png';
    case 'jpg':
    case 'jpeg':
      return 'image/jpeg';
    case 'webp':
      return 'image/webp';
    case 'gif':
      return 'image/gif';
    case 'avif':
      return 'image/avif';
    case 'bmp':
      return 'image/bmp';
    default:
      return null;
  }
}

/**
 * The URL to fetch, or null when it may not be: only https: or the page's own origin (relative paths
 * included). `base` is the page's address.
 */
export function allowedUrl(url: string, base: string): URL | null {
  let resolved: URL;
  let page: URL;
  try {
    page = new URL(base);
    resolved = new URL(url, page);
  } catch {
    return null;
  }
  if (resolved.username || resolved.password) return null;
  if (resolved.protocol === 'https:') return resolved;
  const web = resolved.protocol === 'http:' || resolved.protocol === 'https:';
  return web && resolved.origin === page.origin ? resolved : null;
}
