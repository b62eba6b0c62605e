// Same-size YUV → RGBA (src/media/yuv-rgba.ts): the worker's path for frames that need no scaling.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { downscaleYuv, type YuvFormat, type YuvFrame, yuvMatrix } from '../../src/media/downscale';
import { readFileSync } from 'node:fs';
import { WASM } from '../../src/media/wasm/i420-rgba';
import { yuvToRgba } from '../../src/media/yuv-rgba';
import { assemble } from '../../scripts/build-wasm.mjs';

/** A frame of `format` whose planes hold pseudo-random codes, rows padded past the width. */
function frame(format: YuvFormat, w: number, h: number, seed: number): YuvFrame {
  const cw = format === 'I444' ? w : Math.ceil(w / 2);
  const ch = format === 'I444' || format === 'I422' ? h : Math.ceil(h / 2);
  const stride = w + 5;
  const cStride = (format === 'NV12' ? 2 * cw : cw) + 3;
  const planes = format === 'NV12' ? 1 : 2;
  const data = new Uint8Array(stride * h + planes * cStride * ch);
  let state = seed;
  for (let i = 0; i < data.length; i += 1) data[i] = (state = (state * 1103515245 + 12345) >>> 0) >>> 24;
  const uOffset = stride * h;
  const layout = [
    { offset: 0, stride },
    { offset: uOffset, stride: cStride },
    ...(format === 'NV12' ? [] : [{ offset: uOffset + cStride * ch, stride: cStride }]),
  ];
  return { format, widthPx: w, heightPx: h, data, layout };
}

function converted(source: YuvFrame, fullRange: boolean, simd = true): Uint8Array {
  const out = new Uint8Array(source.widthPx * source.heightPx * 4);
  const loop = yuvToRgba(source, yuvMatrix('bt709', fullRange, source.heightPx), out, { simd });
  // Node has WebAssembly SIMD: an I420 frame of 32 columns or more goes mostly through it, when asked.
  if (simd && source.format === 'I420' && source.widthPx >= 32) expect(loop).toBe('simd');
  if (!simd || source.format !== 'I420') expect(loop).toBe('tables');
  return out;
}

describe('yuvToRgba', () => {
  it('gives what averaging at the same size gives (each box one sample), within rounding', () => {
    fc.assert(
      fc.property(
        fc.constantFrom<YuvFormat>('I420', 'I422', 'I444', 'NV12'),
        fc.integer({ min: 1, max: 53 }), // past 16 and 32: the SIMD loop's columns and the table loop's rest
        fc.integer({ min: 1, max: 9 }),
        fc.boolean(),
        fc.boolean(),
        fc.integer(),
        (format, w, h, fullRange, simd, seed) => {
          const source = frame(format, w, h, seed);
          const expected = downscaleYuv(source, w, h, yuvMatrix('bt709', fullRange, h));
          const actual = converted(source, fullRange, simd);
          expect(actual.length).toBe(expected.length);
          const worst = actual.reduce((most, value, i) => Math.max(most, Math.abs(value - expected[i]!)), 0);
          expect(worst).toBeLessThanOrEqual(1);
        },
      ),
    );
  });

  it('maps limited-range black and white exactly, every pixel opaque', () => {
    const source = frame('I420', 4, 2, 1);
    source.data.fill(128);
    source.data.fill(16, 0, 4);
    source.data.fill(235, 9, 13); // the second row (stride 9)
    const out = converted(source, false);
    expect(Array.from(out.subarray(0, 4))).toEqual([0, 0, 0, 255]);
    expect(Array.from(out.subarray(16, 20))).toEqual([255, 255, 255, 255]);
  });

  it('gives the same bytes through the SIMD loop as through the tables, within rounding', () => {
    const source = frame('I420', 640, 360, 7);
    const simd = converted(source, false, true);
    const tables = converted(source, false, false);
    expect(simd.reduce((most, value, i) => Math.max(most, Math.abs(value - tables[i]!)), 0)).toBeLessThanOrEqual(1);
  });

  it('carries the bytes of its WebAssembly source (run scripts/build-wasm.mjs after editing it)', async () => {
    const name = 'i420-rgba.wat';
    const text = readFileSync(new URL(`../../src/media/wasm/${name}`, import.meta.url), 'utf8');
    expect((await assemble(name, text)).toString('base64')).toBe(WASM);
  });

  it('refuses a frame without its planes, or a target too small', () => {
    const source = frame('I420', 2, 2, 1);
    expect(() =>
      yuvToRgba({ ...source, layout: source.layout.slice(0, 2) }, yuvMatrix(null, false, 2), new Uint8Array(16)),
    ).toThrow('I420');
    expect(() => yuvToRgba(source, yuvMatrix(null, false, 2), new Uint8Array(15))).toThrow('too small');
  });
});
