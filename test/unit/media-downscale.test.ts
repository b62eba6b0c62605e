// Shrinking big frames from their YUV planes (src/media/downscale.ts).
import { describe, expect, it } from 'vitest';
import { type YuvFrame, downscaleYuv, orientInto, yuvMatrix } from '../../src/media/downscale';

const BT601_LIMITED = yuvMatrix('smpte170m', false, 480);

/** An I420 frame from a luma function and constant chroma, rows padded to `stride`. */
function i420(
  w: number,
  h: number,
  luma: (x: number, y: number) => number,
  u = 128,
  v = 128,
  stride = w + 3,
): YuvFrame {
  const cw = Math.ceil(w / 2);
  const ch = Math.ceil(h / 2);
  const cStride = cw + 1;
  const data = new Uint8Array(stride * h + 2 * cStride * ch);
  for (let y = 0; y < h; y += 1) for (let x = 0; x < w; x += 1) data[y * stride + x] = luma(x, y);
  const uOffset = stride * h;
  const vOffset = uOffset + cStride * ch;
  for (let y = 0; y < ch; y += 1) {
    for (let x = 0; x < cw; x += 1) {
      data[uOffset + y * cStride + x] = u;
      data[vOffset + y * cStride + x] = v;
    }
  }
  return {
    format: 'I420',
    widthPx: w,
    heightPx: h,
    data,
    layout: [
      { offset: 0, stride },
      { offset: uOffset, stride: cStride },
      { offset: vOffset, stride: cStride },
    ],
  };
}

const pixel = (rgba: Uint8Array, i: number) => Array.from(rgba.subarray(4 * i, 4 * i + 4));

describe('downscaleYuv', () => {
  it('maps limited-range black, white and grey exactly', () => {
    for (const [code, grey] of [
      [16, 0],
      [235, 255],
      [126, 128],
    ] as const) {
      const out = downscaleYuv(
        i420(8, 6, () => code),
        2,
        2,
        BT601_LIMITED,
      );
      expect(pixel(out, 3)).toEqual([grey, grey, grey, 255]);
    }
  });

  it('turns BT.601 chroma into the colour it names', () => {
    // Limited-range BT.601 pure red is Y′ 81, Cb 90, Cr 240.
    const [r, g, b] = pixel(
      downscaleYuv(
        i420(4, 4, () => 81, 90, 240),
        1,
        1,
        BT601_LIMITED,
      ),
      0,
    );
    expect(r).toBeGreaterThan(250);
    expect(g).toBeLessThan(4);
    expect(b).toBeLessThan(4);
  });

  it('averages each box of source pixels', () => {
    // Left half black (16), right half white (235): 4 boxes across, each wholly one or the other.
    const out = downscaleYuv(
      i420(8, 2, (x) => (x < 4 ? 16 : 235)),
      4,
      1,
      BT601_LIMITED,
    );
    expect([0, 1, 2, 3].map((i) => pixel(out, i)[0])).toEqual([0, 0, 255, 255]);
    // One box over both halves: the mean.
    expect(
      pixel(
        downscaleYuv(
          i420(8, 2, (x) => (x < 4 ? 16 : 234)),
          1,
          1,
          BT601_LIMITED,
        ),
        0,
      )[0],
    ).toBe(127);
  });

  it('reads NV12 (interleaved chroma) as it reads I420', () => {
    const planar = i420(6, 4, (x, y) => 16 + 20 * x + 5 * y, 100, 170, 6);
    const { data } = planar;
    const nv12 = new Uint8Array(6 * 4 + 3 * 2 * 2);
    nv12.set(data.subarray(0, 24));
    for (let i = 0; i < 6; i += 1) [nv12[24 + 2 * i], nv12[25 + 2 * i]] = [100, 170];
    const semi: YuvFrame = {
      format: 'NV12',
      widthPx: 6,
      heightPx: 4,
      data: nv12,
      layout: [
        { offset: 0, stride: 6 },
        { offset: 24, stride: 6 },
      ],
    };
    expect(downscaleYuv(semi, 3, 2, BT601_LIMITED)).toEqual(downscaleYuv(planar, 3, 2, BT601_LIMITED));
  });

  it('handles odd sizes and targets larger than the chroma planes', () => {
    const out = downscaleYuv(
      i420(321, 179, () => 126),
      200,
      111,
      BT601_LIMITED,
    );
    expect(out.length).toBe(200 * 111 * 4);
    expect(pixel(out, 200 * 111 - 1)).toEqual([128, 128, 128, 255]);
  });

  it('refuses a frame without its planes, naming the format', () => {
    expect(() =>
      downscaleYuv(
        { format: 'I420', widthPx: 2, heightPx: 2, data: new Uint8Array(6), layout: [{ offset: 0, stride: 2 }] },
        1,
        1,
        BT601_LIMITED,
      ),
    ).toThrow('I420');
  });
});

describe('yuvMatrix', () => {
  it('uses the named matrix, or BT.709 for HD and BT.601 below', () => {
    expect(yuvMatrix('bt709', true, 480)).toEqual({ kr: 0.2126, kb: 0.0722, fullRange: true });
    expect(yuvMatrix(null, null, 2160).kr).toBe(0.2126);
    expect(yuvMatrix(undefined, false, 360).kr).toBe(0.299);
  });
});

describe('orientInto', () => {
  // A 3×2 image whose pixels are their own indices:  0 1 2 / 3 4 5
  const image = new Uint8Array(new Uint32Array([0, 1, 2, 3, 4, 5]).buffer);
  const oriented = (rotation: number, flip: boolean) => {
    const quarter = rotation % 180 !== 0;
    const out = new Uint8Array(24);
    orientInto(image, 3, 2, rotation, flip, out);
    const words = Array.from(new Uint32Array(out.buffer));
    const width = quarter ? 2 : 3;
    return Array.from({ length: words.length / width }, (_, row) => words.slice(row * width, (row + 1) * width));
  };

  it('turns the picture clockwise', () => {
    expect(oriented(0, false)).toEqual([
      [0, 1, 2],
      [3, 4, 5],
    ]);
    expect(oriented(90, false)).toEqual([
      [3, 0],
      [4, 1],
      [5, 2],
    ]);
    expect(oriented(180, false)).toEqual([
      [5, 4, 3],
      [2, 1, 0],
    ]);
    expect(oriented(270, false)).toEqual([
      [2, 5],
      [1, 4],
      [0, 3],
    ]);
  });

  it('mirrors after turning', () => {
    expect(oriented(0, true)).toEqual([
      [2, 1, 0],
      [5, 4, 3],
    ]);
    expect(oriented(90, true)).toEqual([
      [0, 3],
      [1, 4],
      [2, 5],
    ]);
  });
});
