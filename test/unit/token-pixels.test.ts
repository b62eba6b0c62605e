import { describe, expect, it } from 'vitest';
import { tokenTiles } from '../../src/model/token-pixels';

// A 2-frame, 2×2 volume whose red channel encodes (frame, row, column).
const volume = {
  frames: 2,
  heightPx: 2,
  widthPx: 2,
  rgba: new Uint8Array(2 * 2 * 2 * 4).map((_, i) => (i % 4 === 0 ? i / 4 : 255)),
};

describe('tokenTiles', () => {
  it('cuts one tile per frame from the right place in the volume', () => {
    const tiles = tokenTiles(volume, { t: 2, h: 2, w: 2 }, { frames: [0, 2], rows: [1, 2], cols: [0, 1] }, 8, 1);
    expect(tiles.map((tile) => tile.rgba[0])).toEqual([2, 6]); // (0,1,0) and (1,1,0)
  });

  it('leaves padding transparent', () => {
    const [tile] = tokenTiles(volume, { t: 2, h: 2, w: 2 }, { frames: [0, 1], rows: [0, 4], cols: [0, 4] }, 8, 2);
    expect(tile!.rgba[3]).toBe(255); // inside the input
    expect(tile!.rgba[(1 * 2 + 1) * 4 + 3]).toBe(0); // past it
  });

  it('keeps at most maxTiles frames', () => {
    expect(
      tokenTiles(volume, { t: 16, h: 2, w: 2 }, { frames: [0, 16], rows: [0, 2], cols: [0, 2] }, 4, 1),
    ).toHaveLength(4);
  });
});
