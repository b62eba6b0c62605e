import fc from 'fast-check';
import { PATTERNS } from '../../src/model/attention-pattern';
import { describe, expect, it } from 'vitest';
import { BUNDLED_CLIPS } from '../../src/state/clips';
import { MAX_HASH_LENGTH, decode, encode } from '../../src/state/codec';
import { PRESETS } from '../../src/model/presets';
import { SLICES } from '../../src/model/slice';
import { TOUR } from '../../src/state/tour';
import { HIDEABLE, LANGS, LOCAL_CLIP, PARAMS, type Params, defaultParams } from '../../src/state/params';

describe('decode', () => {
  it('gives the defaults and no notes for an empty hash', () => {
    expect(decode('')).toEqual({ params: defaultParams(), notes: [] });
    expect(decode('#')).toEqual({ params: defaultParams(), notes: [] });
  });

  it('reads the public example', () => {
    const { params, notes } = decode('#w=640&h=360&t=32&vae=1x1x1&patch=2x16x16&fit=crop');
    expect(params).toMatchObject({
      w: 640,
      h: 360,
      t: 32,
      vae: { t: 1, h: 1, w: 1 },
      patch: { t: 2, h: 16, w: 16 },
      fit: 'crop',
    });
    expect(notes).toEqual([]);
  });

  it('clamps an out-of-range value and says what it used', () => {
    const { params, notes } = decode('w=-5&patch=0x99x16');
    expect(params.w).toBe(1);
    expect(params.patch).toEqual({ t: 1, h: 64, w: 16 });
    expect(notes).toHaveLength(2);
    expect(notes[0]).toContain('w=');
    expect(notes[1]).toContain('1x64x16');
  });

  it('ignores malformed values, unknown keys and duplicates, with a note each', () => {
    const { params, notes } = decode('w=abc&view=spiral&foo=1&fit=pad&fit=crop&causal=maybe');
    expect(params).toMatchObject({ w: null, view: 'cubes', fit: 'pad', causal: true });
    expect(notes).toHaveLength(5);
  });

  it('accepts only https: URLs for clip', () => {
    for (const bad of [
      'javascript:alert(1)',
      'http://example.org/a.mp4',
      'data:video/mp4;base64,AAAA',
      'https://user:pw@example.org/a.mp4',
      '//example.org/a.mp4',
    ]) {
      expect(decode(`clip=${encodeURIComponent(bad)}`).params.clip).toBe(defaultParams().clip);
    }
    expect(decode('clip=https://example.org/a.mp4').params.clip).toBe('https://example.org/a.mp4');
  });

  it('does not pollute prototypes through hostile keys', () => {
    decode('__proto__=1&constructor=x&toString=1&__proto__[polluted]=1');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(typeof ({} as { toString: unknown }).toString).toBe('function');
  });

  it('cuts hashes past the length cap and says so', () => {
    const { notes } = decode(`w=10&${'x'.repeat(MAX_HASH_LENGTH * 25)}`);
    expect(notes[0]).toContain(String(MAX_HASH_LENGTH));
  });
});

describe('encode', () => {
  it('writes nothing for the defaults and only what differs otherwise', () => {
    expect(encode(defaultParams())).toBe('');
    expect(encode({ ...defaultParams(), fit: 'crop', patch: { t: 2, h: 16, w: 16 } })).toBe('patch=2x16x16&fit=crop');
  });

  it('keeps a clip URL readable but escapes the separators', () => {
    const hash = encode({ ...defaultParams(), clip: 'https://example.org/a b.mp4?x=1&y=2' });
    expect(hash).toBe('clip=https://example.org/a%20b.mp4%3Fx%3D1%26y%3D2');
    expect(decode(hash).params.clip).toBe('https://example.org/a%20b.mp4?x=1&y=2');
  });

  it('round-trips any valid state', { timeout: 30_000 }, () => {
    const dimsOf = (key: 'vae' | 'patch') =>
      fc.record({
        t: fc.integer({ min: PARAMS[key].min.t, max: PARAMS[key].max.t }),
        h: fc.integer({ min: PARAMS[key].min.h, max: PARAMS[key].max.h }),
        w: fc.integer({ min: PARAMS[key].min.w, max: PARAMS[key].max.w }),
      });
    const size = (key: 'w' | 'h' | 't') =>
      fc.option(fc.integer({ min: PARAMS[key].min, max: PARAMS[key].max }), { nil: null });
    const unit = fc.integer({ min: 0, max: 100 }).map((n) => n / 100);
    const params = fc.record<Params>({
      clip: fc.oneof(
        fc.constantFrom(...BUNDLED_CLIPS.map((c) => c.id), LOCAL_CLIP),
        fc.webUrl({ validSchemes: ['https'] }).map((u) => new URL(u).href),
      ),
      preset: fc.option(fc.constantFrom(...PRESETS.map((preset) => preset.id)), { nil: null }),
      step: fc.option(fc.constantFrom(...TOUR.map((step) => step.id)), { nil: null }),
      w: size('w'),
      h: size('h'),
      t: size('t'),
      vae: dimsOf('vae'),
      causal: fc.boolean(),
      c: fc.option(fc.integer({ min: 1, max: 1024 }), { nil: null }),
      patch: dimsOf('patch'),
      fit: fc.constantFrom('crop', 'pad'),
      view: fc.constantFrom('stack', 'cubes', 'sequence'),
      space: fc.constantFrom('pixels', 'latent'),
      explode: unit,
      slice: fc.constantFrom(...SLICES),
      at: unit,
      token: fc.option(fc.nat(), { nil: null }),
      noise: unit,
      pack: fc.boolean(),
      embed: fc.boolean(),
      hide: fc.subarray([...HIDEABLE]),
      theme: fc.constantFrom('auto', 'light', 'dark'),
      cam: fc.option(
        fc.record({
          yawDeg: fc.integer({ min: -1800, max: 1799 }).map((n) => n / 10),
          pitchDeg: fc.integer({ min: -890, max: 890 }).map((n) => n / 10),
          zoom: fc.integer({ min: 250, max: 8000 }).map((n) => n / 1000),
        }),
        { nil: null },
      ),
      attn: fc.constantFrom(...PATTERNS),
      window: fc.record({
        t: fc.integer({ min: 0, max: 49 }).map((n) => 2 * n + 1),
        h: fc.integer({ min: 0, max: 127 }).map((n) => 2 * n + 1),
        w: fc.integer({ min: 0, max: 127 }).map((n) => 2 * n + 1),
      }),
      lang: fc.constantFrom(...LANGS),
    });
    fc.assert(
      fc.property(params, (p) => {
        const { params: back, notes } = decode(encode(p));
        expect(notes).toEqual([]);
        expect(back).toEqual(p);
      }),
    );
  });
});

describe('tour steps in links', () => {
  it('expands step=latent to the step’s values', () => {
    const { params, notes } = decode('step=latent');
    expect(notes).toEqual([]);
    expect(params).toMatchObject({ step: 'latent', space: 'latent', view: 'cubes', explode: 0.15 });
  });

  it('lets explicit keys override the step, and writes only those', () => {
    const { params } = decode('step=latent&explode=0.9');
    expect(params.explode).toBe(0.9);
    expect(encode(params)).toBe('step=latent&explode=0.9');
  });

  it('keeps a key set back to its default when the step changed it', () => {
    const params = { ...decode('step=sequence').params, view: 'cubes' as const };
    expect(decode(encode(params)).params.view).toBe('cubes');
  });
});

describe('model presets in links', () => {
  it('expands preset=hunyuanvideo to its tokenizer and typical size', () => {
    const { params, notes } = decode('preset=hunyuanvideo');
    expect(notes).toEqual([]);
    expect(params).toMatchObject({
      preset: 'hunyuanvideo',
      vae: { t: 4, h: 8, w: 8 },
      causal: true,
      c: 16,
      patch: { t: 1, h: 2, w: 2 },
    });
  });

  it('lets explicit keys override the preset, and writes only those', () => {
    const { params } = decode('preset=mochi&t=160');
    expect(params.t).toBe(160);
    expect(encode(params)).toBe('preset=mochi&t=160');
  });

  it('ignores an unknown preset with a note', () => {
    const { params, notes } = decode('preset=sora2');
    expect(params.preset).toBeNull();
    expect(notes[0]).toContain('preset=');
  });
});

describe('clip paths on the app’s own site', () => {
  it('accepts ./, ../ and / paths and round-trips them', () => {
    for (const clip of ['./clips/lecture.mp4', '../media/b.webm', '/videos/c.mp4?v=2', '/a%20b.mp4']) {
      const { params, notes } = decode(`clip=${encodeURIComponent(clip)}`);
      expect(notes, clip).toEqual([]);
      expect(params.clip).toBe(clip);
      expect(decode(encode(params)).params.clip).toBe(clip);
    }
    expect(decode('clip=/a b.mp4').params.clip).toBe('/a%20b.mp4');
  });

  it('refuses other hosts, schemes and bare words, with a note', () => {
    for (const clip of [
      '//evil.example/x.mp4',
      '/\\evil.example/x.mp4',
      'javascript:alert(1)',
      'http://example.org/a.mp4',
      'landscap',
      './<script>.mp4',
    ]) {
      const { params, notes } = decode(`clip=${encodeURIComponent(clip)}`);
      expect(params.clip, clip).toBe('landscape');
      expect(notes[0], clip).toContain('ignored');
    }
  });
});
