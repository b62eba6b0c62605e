// Byte ranges for the service worker: a clip in the cache is a whole file, and the decoder asks for parts of it
// (`Range: bytes=a-b`), so the worker answers 206 itself. Pure.

/** A single `bytes=` range as [start, end] (inclusive), 'unsatisfiable', or null to send the whole file. */
export function parseRange(header: string | null, size: number): readonly [number, number] | 'unsatisfiable' | null {
  const match = /^bytes=(\d*)-(\d*)$/.exec(header?.trim() ?? '');
  if (!match || (match[1] === '' && match[2] === '')) return null; // absent, multi-range or malformed: whole file
  const [first, last] = [match[1] ?? '', match[2] ?? ''];
  if (first === '') {
    const suffix = Number(last); // bytes=-N: the last N bytes
    return suffix === 0 || size === 0 ? 'unsatisfiable' : [Math.max(0, size - suffix), size - 1];
  }
  const start = Number(first);
  const end = last === '' ? size - 1 : Math.min(Number(last), size - 1);
  return start >= size || start > end ? 'unsatisfiable' : [start, end];
}
