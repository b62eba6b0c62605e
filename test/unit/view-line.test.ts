import { describe, expect, it } from 'vitest';
import { lineItemAt, lineSlot, TILE_GAP, tileLayout } from '../../src/view/line';

describe('sequence line: one tile per token frame', () => {
  const blocks = { t: 13, h: 23, w: 40 }; // 49×360×640, 4×8×8 causal VAE, 1×2×2 patches

  it('tiles frames so the whole line is about twice as wide as tall', () => {
    const line = tileLayout(blocks);
    expect(line.tiles).toBe(4);
    expect(line.width).toBe(4 * (40 + TILE_GAP.x) - TILE_GAP.x);
    expect(line.height).toBe(4 * (23 + TILE_GAP.y) - TILE_GAP.y);
  });

  it('starts every frame at its tile’s top-left and every image row at the tile’s left edge', () => {
    const line = tileLayout(blocks);
    const first = lineSlot(0, blocks, line);
    expect(lineSlot(40, blocks, line)).toEqual({ x: first.x, y: first.y - 1 });
    const frame1 = lineSlot(23 * 40, blocks, line);
    expect(frame1).toEqual({ x: first.x + 40 + TILE_GAP.x, y: first.y });
    const frame4 = lineSlot(4 * 23 * 40, blocks, line);
    expect(frame4).toEqual({ x: first.x, y: first.y - 23 - TILE_GAP.y });
  });

  it('finds each item back from its slot, and nothing in the gaps', () => {
    const line = tileLayout(blocks);
    for (const i of [0, 39, 40, 919, 920, 3679, 3680, 11959]) {
      const s = lineSlot(i, blocks, line);
      expect(lineItemAt(s.x + 0.3, s.y - 0.3, blocks, line)).toBe(i);
    }
    const last = lineSlot(39, blocks, line);
    expect(lineItemAt(last.x + 1, last.y, blocks, line)).toBeNull(); // the gap after a tile's row
    const bottom = lineSlot(22 * 40, blocks, line);
    expect(lineItemAt(bottom.x, bottom.y - 1.2, blocks, line)).toBeNull(); // the gap below a tile
    expect(lineItemAt(1e6, 0, blocks, line)).toBeNull();
  });

  it('keeps a single frame as one tile', () => {
    expect(tileLayout({ t: 1, h: 4, w: 8 })).toEqual({ tiles: 1, width: 8, height: 4 });
  });
});
