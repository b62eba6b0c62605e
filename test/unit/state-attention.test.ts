import { describe, expect, it } from 'vitest';
import { decode as decodeData, encode } from '../../src/state/codec';
import { messageText } from '../../src/ui/notices';

/** decode, with its notes worded as the English interface shows them (src/ui/notices.ts). */
function decode(hash: string) {
  const { params, notes } = decodeData(hash);
  return { params, notes: notes.map(messageText) };
}
import { defaultParams } from '../../src/state/params';

describe('attn and window in links', () => {
  it('defaults to full attention and a 3×7×7 window, written only when changed', () => {
    expect(defaultParams()).toMatchObject({ attn: 'full', window: { t: 3, h: 7, w: 7 } });
    expect(encode(defaultParams())).toBe('');
    const hash = encode({ ...defaultParams(), attn: 'window', window: { t: 3, h: 5, w: 5 } });
    expect(hash).toBe('attn=window&window=3x5x5');
    expect(decode(hash)).toEqual({
      params: { ...defaultParams(), attn: 'window', window: { t: 3, h: 5, w: 5 } },
      notes: [],
    });
  });
  it('moves an even window size to the next odd one, with a note', () => {
    const { params, notes } = decode('attn=window&window=4x5x6');
    expect(params.window).toEqual({ t: 5, h: 5, w: 7 });
    expect(notes).toEqual(['window=“4x5x6” must be odd on every axis; using 5x5x7.']);
  });
  it('clamps an out-of-range window, and ignores an unknown pattern', () => {
    const { params, notes } = decode('window=0x3x999&attn=sparse');
    expect(params.window).toEqual({ t: 1, h: 3, w: 255 });
    expect(params.attn).toBe('full');
    expect(notes).toHaveLength(2);
    expect(notes[0]).toMatch(/out of range; using 1x3x255/);
    expect(notes[1]).toMatch(/attn=“sparse” is not one of full, spatial/);
  });
  it('keeps old links as they were', () => {
    expect(decode('w=640&h=360&t=49&patch=1x2x2').params).toMatchObject({ attn: 'full', window: { t: 3, h: 7, w: 7 } });
  });
});
