// Spec for src/state/codec.ts: the URL hash is the public contract. decode never throws and always returns
// valid params, with a note for every value it changed or ignored; encode writes only what differs.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { AXES, type Dims, tokenCount, tokenGrid } from '../../src/model/grid';
import { BUNDLED_CLIPS } from '../../src/state/clips';
import { CAMERA_LIMITS, MAX_HASH_LENGTH, clampCamera, decode as decodeData, encode } from '../../src/state/codec';
import { messageText } from '../../src/ui/notices';

/** decode, with its notes worded as the English interface shows them (src/ui/notices.ts). */
function decode(hash: string) {
  const { params, notes } = decodeData(hash);
  return { params, notes: notes.map(messageText) };
}
import { nominalInput, tokenizerOf } from '../../src/state/derive';
import { LOCAL_CLIP, PARAMS, PARAM_KEYS, type Params, defaultParams } from '../../src/state/params';
import { ID_LISTS, type IdKey } from '../../src/state/ids';
import { type AnySpec, invalidKeys } from './params-validity';

// ---------------------------------------------------------------------------------------------------------
// Arbitrary valid params, built from the PARAMS table kind by kind.

const httpsUrl = fc
  .webUrl({ validSchemes: ['https'], withQueryParameters: true, withFragments: true })
  .map((u) => new URL(u).href);
const cameraArb = fc.record({
  yawDeg: fc.integer({ min: -1800, max: 1799 }).map((n) => n / 10),
  pitchDeg: fc.integer({ min: -CAMERA_LIMITS.pitchDeg * 10, max: CAMERA_LIMITS.pitchDeg * 10 }).map((n) => n / 10),
  zoom: fc.integer({ min: CAMERA_LIMITS.minZoom * 1000, max: CAMERA_LIMITS.maxZoom * 1000 }).map((n) => n / 1000),
});

function valueArb(spec: AnySpec, key: string): fc.Arbitrary<unknown> {
  switch (spec.kind) {
    case 'int':
      return fc.option(fc.integer({ min: spec.min, max: spec.max }), { nil: null });
    case 'index':
      return fc.option(fc.oneof(fc.nat(100_000), fc.maxSafeNat()), { nil: null });
    case 'range': {
      const steps = Math.round((spec.max - spec.min) / 0.01);
      return fc.integer({ min: 0, max: steps }).map((k) => Number((spec.min + k * 0.01).toFixed(2)));
    }
    case 'dims': {
      // An odd-only key (the attention window) takes odd values; its min and max are odd.
      const axis = (min: number, max: number) =>
        spec.odd
          ? fc.integer({ min: (min - 1) / 2, max: (max - 1) / 2 }).map((k) => 2 * k + 1)
          : fc.integer({ min, max });
      return fc.record({
        t: axis(spec.min.t, spec.max.t),
        h: axis(spec.min.h, spec.max.h),
        w: axis(spec.min.w, spec.max.w),
      });
    }
    case 'choice':
      return fc.constantFrom(...spec.options);
    case 'flag':
      return fc.boolean();
    case 'subset':
      return fc.subarray([...spec.options]);
    case 'id':
      return fc.option(fc.constantFrom(...ID_LISTS[key as IdKey]()), { nil: null });
    case 'clip':
      return fc.oneof(fc.constantFrom(...BUNDLED_CLIPS.map((clip) => clip.id)), httpsUrl);
    case 'camera':
      return fc.option(cameraArb, { nil: null });
    default: {
      const unknownKind: never = spec;
      throw new Error(`no generator for ${JSON.stringify(unknownKind)}`);
    }
  }
}

const paramsArb = fc.record(
  Object.fromEntries(PARAM_KEYS.map((key) => [key, valueArb(PARAMS[key], key)])),
) as unknown as fc.Arbitrary<Params>;

// ---------------------------------------------------------------------------------------------------------

describe('decode: what a link means', () => {
  it('gives the defaults and no notes for an empty hash', () => {
    expect(decode('')).toEqual({ params: defaultParams(), notes: [] });
  });

  it('gives the defaults and no notes for a bare #', () => {
    expect(decode('#')).toEqual({ params: defaultParams(), notes: [] });
  });

  it('starts from defaults that are themselves valid', () => {
    expect(invalidKeys(defaultParams())).toEqual([]);
  });

  it('reads the README example #w=640&h=360&t=32&vae=1x1x1&patch=2x16x16&fit=crop as a 16×22×40 grid of 14,080 tokens', () => {
    const { params, notes } = decode('#w=640&h=360&t=32&vae=1x1x1&patch=2x16x16&fit=crop');
    expect(notes).toEqual([]);
    expect(params).toEqual({
      ...defaultParams(),
      w: 640,
      h: 360,
      t: 32,
      vae: { t: 1, h: 1, w: 1 },
      patch: { t: 2, h: 16, w: 16 },
      fit: 'crop',
    });
    const input = nominalInput(params, null);
    expect(input).not.toBeNull();
    const tok = tokenizerOf(params, input ?? { t: 1, h: 1, w: 1 });
    expect(tokenGrid(tok)).toEqual({ t: 16, h: 22, w: 40 });
    expect(tokenCount(tok)).toBe(14_080);
  });

  it('reads the same example with fit=pad as 16×23×40 = 14,720 tokens', () => {
    const { params } = decode('#w=640&h=360&t=32&vae=1x1x1&patch=2x16x16&fit=pad');
    const tok = tokenizerOf(params, nominalInput(params, null) ?? { t: 1, h: 1, w: 1 });
    expect(tokenGrid(tok)).toEqual({ t: 16, h: 23, w: 40 });
    expect(tokenCount(tok)).toBe(14_720);
  });

  it('reads the ViViT example #w=224&h=224&t=16&vae=1x1x1&patch=2x16x16 as 8×14×14 = 1,568 tokens', () => {
    const { params, notes } = decode('#w=224&h=224&t=16&vae=1x1x1&patch=2x16x16');
    expect(notes).toEqual([]);
    const tok = tokenizerOf(params, nominalInput(params, null) ?? { t: 1, h: 1, w: 1 });
    expect(tokenGrid(tok)).toEqual({ t: 8, h: 14, w: 14 });
    expect(tokenCount(tok)).toBe(1_568);
  });

  it('reads the README embed example clip=portrait&patch=1x4x4&embed=1', () => {
    const { params, notes } = decode('clip=portrait&patch=1x4x4&embed=1');
    expect(notes).toEqual([]);
    expect(params).toEqual({ ...defaultParams(), clip: 'portrait', patch: { t: 1, h: 4, w: 4 }, embed: true });
  });

  it('reads every documented value form: flags, choices, ranges, subsets, camera, auto sizes', () => {
    const { params, notes } = decode(
      'causal=0&view=sequence&space=latent&explode=0.75&token=47&noise=1&hide=readout,panel&theme=dark&cam=30,-15.5,2.25&w=auto&c=12',
    );
    expect(notes).toEqual([]);
    expect(params).toMatchObject({
      causal: false,
      view: 'sequence',
      space: 'latent',
      explode: 0.75,
      token: 47,
      noise: 1,
      hide: ['panel', 'readout'],
      theme: 'dark',
      cam: { yawDeg: 30, pitchDeg: -15.5, zoom: 2.25 },
      w: null,
      c: 12,
    });
  });

  it('accepts × and * as well as x between dims', () => {
    expect(decode('patch=2×16*16').params.patch).toEqual({ t: 2, h: 16, w: 16 });
  });
});

describe('decode: clamping and ignoring, with a note each time', () => {
  it.each<[string, keyof Params, unknown]>([
    ['w=-5', 'w', 1],
    ['w=1e308', 'w', 16384],
    ['w=0', 'w', 1],
    ['t=100001', 't', 100_000],
    ['w=12.4', 'w', 12],
    ['patch=0x0x0', 'patch', { t: 1, h: 1, w: 1 }],
    ['vae=1x999x1', 'vae', { t: 1, h: 64, w: 1 }],
    ['explode=2', 'explode', 1],
    ['noise=-0.5', 'noise', 0],
    ['token=-3', 'token', 0],
    ['token=2.6', 'token', 3],
    ['c=5000', 'c', 1024],
    ['cam=190,95,100', 'cam', { yawDeg: -170, pitchDeg: 89, zoom: 8 }],
  ])('clamps %s to the nearest valid value and notes it', (hash, key, expected) => {
    const { params, notes } = decode(hash);
    expect(params[key]).toEqual(expected);
    expect(notes).toHaveLength(1);
    expect(notes[0]).toContain(`${key}=`);
    expect(notes[0]).toContain('out of range');
  });

  it.each<[string, keyof Params]>([
    ['w=NaN', 'w'],
    ['w=Infinity', 'w'],
    ['w=0x10', 'w'],
    ['w=abc', 'w'],
    ['patch=2x16', 'patch'],
    ['patch=99999999999x1x1', 'patch'],
    ['patch=-1x2x2', 'patch'],
    ['view=spiral', 'view'],
    ['causal=maybe', 'causal'],
    ['cam=1,2', 'cam'],
    ['clip=javascript:alert(1)', 'clip'],
    ['clip=http://x', 'clip'],
    ['clip=data:video/mp4;base64,AAAA', 'clip'],
    ['clip=https://user:pw@example.org/a.mp4', 'clip'],
    ['clip=//example.org/a.mp4', 'clip'],
    ['token=', 'token'],
  ])('ignores %s, keeps the default and notes it', (hash, key) => {
    const { params, notes } = decode(hash);
    expect(params[key]).toEqual(defaultParams()[key]);
    expect(notes).toHaveLength(1);
    expect(notes[0]).toContain(`${key}=`);
  });

  it('keeps the known parts of a subset and notes the unknown ones', () => {
    const { params, notes } = decode('hide=tour,bogus');
    expect(params.hide).toEqual(['tour']);
    expect(notes).toHaveLength(1);
  });

  it('uses the first of two values for the same key and notes the second', () => {
    const { params, notes } = decode('fit=crop&fit=pad');
    expect(params.fit).toBe('crop');
    expect(notes).toEqual(['fit appears twice; the first value is used.']);
  });

  it('notes an unknown key without changing anything', () => {
    const { params, notes } = decode('foo=1');
    expect(params).toEqual(defaultParams());
    expect(notes).toHaveLength(1);
    expect(notes[0]).toContain('foo');
  });

  it('ignores a malformed percent escape (%E0%A4%A) without throwing, with a note', () => {
    const { params, notes } = decode('%E0%A4%A');
    expect(params).toEqual(defaultParams());
    expect(notes).toHaveLength(1);
  });

  it('shows control characters in notes as ? and cuts long values to 40 characters', () => {
    const { notes } = decode(`view=a%00b%1Fc${'z'.repeat(100)}`);
    expect(notes).toHaveLength(1);
    expect(notes[0]).toContain('a?b?c');
    expect([...(notes[0] ?? '')].some((ch) => ch.charCodeAt(0) < 32)).toBe(false);
    expect(notes[0]).toContain('…');
    expect(notes[0]).not.toContain('z'.repeat(41));
  });

  it('shows at most 8 notes, the last one counting the rest', () => {
    const hash = Array.from({ length: 20 }, (_, i) => `unknown${i}=1`).join('&');
    const { notes } = decode(hash);
    expect(notes).toHaveLength(8);
    expect(notes[7]).toBe('…and 13 more.');
  });
});

describe('decode: hostile keys', () => {
  it.each([
    '__proto__=1',
    '__proto__[polluted]=1',
    'constructor=x',
    'toString=1',
    'hasOwnProperty=1',
    'constructor[prototype][polluted]=1',
  ])('treats %s as an unknown key and pollutes nothing', (hash) => {
    const before = Object.getOwnPropertyNames(Object.prototype).sort();
    const { params, notes } = decode(hash);
    expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(before);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.getPrototypeOf(params)).toBe(Object.prototype);
    expect(params).toEqual(defaultParams());
    expect(Object.keys(params).sort()).toEqual([...PARAM_KEYS].sort());
    expect(notes).toHaveLength(1);
    expect(notes[0]).toContain('Unknown parameter');
  });
});

describe('decode: the length cap', () => {
  it('reads a hash of exactly MAX_HASH_LENGTH characters whole, without a note', () => {
    const hash = `${'&'.repeat(MAX_HASH_LENGTH - 'w=10'.length)}w=10`;
    expect(hash).toHaveLength(MAX_HASH_LENGTH);
    expect(decode(hash)).toEqual({ params: { ...defaultParams(), w: 10 }, notes: [] });
  });

  it('does not count the leading # against the cap', () => {
    const hash = `#${'&'.repeat(MAX_HASH_LENGTH - 'w=10'.length)}w=10`;
    expect(decode(hash)).toEqual({ params: { ...defaultParams(), w: 10 }, notes: [] });
  });

  it('cuts a hash one character over the cap at the cap, and says so', () => {
    const hash = `${'&'.repeat(MAX_HASH_LENGTH + 1 - 'w=10'.length)}w=10`;
    const { params, notes } = decode(hash);
    expect(params.w).toBe(1); // "w=10" lost its last character
    expect(notes).toHaveLength(1);
    expect(notes[0]).toContain(String(MAX_HASH_LENGTH));
  });

  it('ignores everything past the cap in a 100 KB hash, keeping what came before', () => {
    const hash = `fit=crop&${'&'.repeat(100 * 1024)}w=10`;
    const { params, notes } = decode(hash);
    expect(params).toEqual({ ...defaultParams(), fit: 'crop' });
    expect(notes).toHaveLength(1);
  });
});

describe('decode: never throws, always valid', () => {
  const crafted = fc.constantFrom(
    'clip=javascript:alert(1)',
    'clip=http://x',
    'clip=data:text/html,<script>alert(1)</script>',
    'w=-5',
    'w=1e308',
    'w=NaN',
    'patch=0x0x0',
    'patch=2x16',
    'patch=99999999999x1x1',
    '%E0%A4%A',
    '__proto__=1',
    'constructor=x',
    'toString=1',
    'cam=NaN,NaN,NaN',
    'cam=1e308,-1e308,0',
    'token=1e308',
    'token=9007199254740993',
    'hide=,,,',
    'step=__proto__',
    '&&&==&=',
  );
  const keyArb = fc.oneof(
    fc.constantFrom(...PARAM_KEYS),
    fc.constantFrom('__proto__', 'constructor', 'toString', ''),
    fc.string({ maxLength: 8 }),
  );
  const rawValue = fc.oneof(
    fc.string(),
    fc.string({ unit: 'binary' }),
    fc.string({ unit: 'grapheme' }),
    fc.integer().map(String),
    fc.double().map(String),
    fc.constantFrom(
      'NaN',
      'Infinity',
      '-0',
      '1e308',
      '0x10',
      '1x1',
      '2x16x16',
      'auto',
      '%',
      '%%41',
      '+1',
      ' 5 ',
      '.5',
      '5.',
    ),
  );
  const pairs = fc
    .array(fc.tuple(keyArb, rawValue), { maxLength: 12 })
    .map((list) => list.map(([k, v]) => `${k}=${v}`).join('&'));
  const escapedPairs = fc
    .array(fc.tuple(keyArb, rawValue), { maxLength: 12 })
    .map((list) => list.map(([k, v]) => `${encodeURIComponent(k)}=${encodeURIComponent(v)}`).join('&'));
  const hashArb = fc.oneof(
    fc.string(),
    fc.string({ unit: 'binary', maxLength: 200 }),
    pairs,
    escapedPairs,
    fc.array(crafted, { minLength: 1, maxLength: 5 }).map((list) => list.join('&')),
  );

  it('yields valid params for 2,000 random and hostile hashes', () => {
    fc.assert(
      fc.property(hashArb, (hash) => {
        const { params, notes } = decode(hash);
        expect(invalidKeys(params)).toEqual([]);
        expect(notes.length).toBeLessThanOrEqual(8);
        for (const note of notes) expect(typeof note).toBe('string');
      }),
      { numRuns: 2_000 },
    );
  });

  it('survives a 100 KB hash of random text', () => {
    // 1 KB of random text repeated: as long as 100 KB of fresh text for decode, at a hundredth of the generating.
    const longText = fc.string({ minLength: 1024, maxLength: 1024, unit: 'binary-ascii' }).map((s) => s.repeat(100));
    fc.assert(
      fc.property(longText, (hash) => {
        expect(invalidKeys(decode(hash).params)).toEqual([]);
      }),
      { numRuns: 5 },
    );
  });
});

const keysOfKind = <K extends AnySpec['kind']>(kind: K) => PARAM_KEYS.filter((key) => PARAMS[key].kind === kind);

describe('decode: a note exactly when a value is changed', () => {
  it('notes an int exactly when it is fractional or outside min..max, and rounds then clamps it', () => {
    const arb = fc.constantFrom(...keysOfKind('int')).chain((key) => {
      const spec = PARAMS[key] as Extract<AnySpec, { kind: 'int' }>;
      const n = fc.oneof(
        fc.integer({ min: spec.min - 10, max: spec.max + 10 }),
        fc.double({ min: spec.min - 10, max: spec.max + 10, noNaN: true }),
      );
      return fc.tuple(fc.constant(key), fc.constant(spec), n);
    });
    fc.assert(
      fc.property(arb, ([key, spec, n]) => {
        const { params, notes } = decode(`${key}=${String(n)}`);
        const inRange = Number.isInteger(n) && n >= spec.min && n <= spec.max;
        expect(notes.length === 0).toBe(inRange);
        expect(params[key]).toBe(Math.min(spec.max, Math.max(spec.min, Math.round(n))));
      }),
    );
  });

  it('notes a range value exactly when it is outside min..max, and clamps it', () => {
    const arb = fc.constantFrom(...keysOfKind('range')).chain((key) => {
      const spec = PARAMS[key] as Extract<AnySpec, { kind: 'range' }>;
      return fc.tuple(
        fc.constant(key),
        fc.constant(spec),
        fc.double({ min: spec.min - 1, max: spec.max + 1, noNaN: true }),
      );
    });
    fc.assert(
      fc.property(arb, ([key, spec, x]) => {
        const { params, notes } = decode(`${key}=${String(x)}`);
        expect(notes.length === 0).toBe(x >= spec.min && x <= spec.max);
        expect(params[key]).toBe(Math.min(spec.max, Math.max(spec.min, x)));
      }),
    );
  });

  it('notes dims exactly when an axis is outside its min..max, and clamps each axis on its own', () => {
    const arb = fc.constantFrom(...keysOfKind('dims')).chain((key) => {
      const spec = PARAMS[key] as Extract<AnySpec, { kind: 'dims' }>;
      const axis = fc.integer({ min: 0, max: 100 });
      return fc.tuple(fc.constant(key), fc.constant(spec), fc.record({ t: axis, h: axis, w: axis }));
    });
    fc.assert(
      fc.property(arb, ([key, spec, asked]) => {
        const { params, notes } = decode(`${key}=${asked.t}x${asked.h}x${asked.w}`);
        const inRange = AXES.every((a) => asked[a] >= spec.min[a] && asked[a] <= spec.max[a]);
        const odd = !spec.odd || AXES.every((a) => asked[a] % 2 === 1);
        expect(notes.length === 0).toBe(inRange && odd);
        for (const a of AXES) {
          const clamped = Math.min(spec.max[a], Math.max(spec.min[a], asked[a]));
          expect((params[key] as Dims)[a]).toBe(spec.odd && clamped % 2 === 0 ? clamped + 1 : clamped);
        }
      }),
    );
  });

  it('notes a choice exactly when it is not one of the options (case and spaces aside)', () => {
    const arb = fc.constantFrom(...keysOfKind('choice')).chain((key) => {
      const spec = PARAMS[key] as Extract<AnySpec, { kind: 'choice' }>;
      const raw = fc.oneof(
        fc.constantFrom(...spec.options).map((o) => ` ${o.toUpperCase()} `),
        fc.constantFrom(...spec.options),
        fc.string({ maxLength: 8 }),
      );
      return fc.tuple(fc.constant(key), fc.constant(spec), raw);
    });
    fc.assert(
      fc.property(arb, ([key, spec, raw]) => {
        const { params, notes } = decode(`${key}=${encodeURIComponent(raw)}`);
        const known = (spec.options as readonly string[]).includes(raw.trim().toLowerCase());
        expect(notes.length === 0).toBe(known);
        expect(params[key]).toBe(known ? raw.trim().toLowerCase() : PARAMS[key].initial);
      }),
    );
  });
});

describe('encode: only what differs', () => {
  it('writes nothing for the defaults', () => {
    expect(encode(defaultParams())).toBe('');
  });

  it('writes the README example back in table order', () => {
    const params = {
      ...defaultParams(),
      fit: 'crop' as const,
      patch: { t: 2, h: 16, w: 16 },
      vae: { t: 1, h: 1, w: 1 },
      t: 32,
      h: 360,
      w: 640,
    };
    expect(encode(params)).toBe('w=640&h=360&t=32&vae=1x1x1&patch=2x16x16&fit=crop');
  });

  it('writes exactly one key=value pair when one value differs from its default', () => {
    const oneChange = fc
      .constantFrom(...PARAM_KEYS.filter((key) => PARAMS[key].kind !== 'id'))
      .chain((key) => fc.tuple(fc.constant(key), valueArb(PARAMS[key], key)));
    fc.assert(
      fc.property(oneChange, ([key, value]) => {
        const params = { ...defaultParams(), [key]: value } as Params;
        fc.pre(JSON.stringify(value) !== JSON.stringify(defaultParams()[key]));
        const hash = encode(params);
        expect(hash.split('&')).toHaveLength(1);
        expect(hash.startsWith(`${key}=`)).toBe(true);
      }),
    );
  });

  it('escapes & = + # % inside values but keeps , : / readable', () => {
    const clip = 'https://example.org/a%20b+c.mp4?x=1&y=2#frag';
    const hash = encode({ ...defaultParams(), clip });
    expect(hash).toBe('clip=https://example.org/a%2520b%2Bc.mp4%3Fx%3D1%26y%3D2%23frag');
    expect(decode(hash).params.clip).toBe(clip);
  });

  it('writes a camera pose as yaw,pitch,zoom', () => {
    expect(encode({ ...defaultParams(), cam: { yawDeg: -12.5, pitchDeg: 30, zoom: 1.25 } })).toBe('cam=-12.5,30,1.25');
  });
});

describe('round trip', () => {
  it('decodes what it encodes, without notes, for any valid params', () => {
    fc.assert(
      fc.property(paramsArb, (params) => {
        expect(invalidKeys(params)).toEqual([]);
        const { params: back, notes } = decode(encode(params));
        expect(notes).toEqual([]);
        expect(back).toEqual(params);
      }),
      { numRuns: 300 },
    );
  });

  it('keeps the local-file marker through a round trip', () => {
    const params = { ...defaultParams(), clip: LOCAL_CLIP };
    expect(decode(encode(params)).params).toEqual(params);
  });
});

describe('camera clamping', () => {
  it('wraps yaw into [−180, 180): 180 becomes −180 and 540 becomes −180', () => {
    expect(clampCamera({ yawDeg: 180, pitchDeg: 0, zoom: 1 }).yawDeg).toBe(-180);
    expect(clampCamera({ yawDeg: 540, pitchDeg: 0, zoom: 1 }).yawDeg).toBe(-180);
    expect(clampCamera({ yawDeg: -190, pitchDeg: 0, zoom: 1 }).yawDeg).toBe(170);
  });

  it('rounds angles to 0.1° and zoom to 0.001', () => {
    expect(clampCamera({ yawDeg: 10.04, pitchDeg: -20.06, zoom: 1.23449 })).toEqual({
      yawDeg: 10,
      pitchDeg: -20.1,
      zoom: 1.234,
    });
  });

  it('clamps pitch to ±89° and zoom to 0.25..8 for any finite input', () => {
    const finite = fc.double({ min: -1e6, max: 1e6, noNaN: true });
    fc.assert(
      fc.property(finite, finite, finite, (yawDeg, pitchDeg, zoom) => {
        const pose = clampCamera({ yawDeg, pitchDeg, zoom });
        expect(Math.abs(pose.pitchDeg)).toBeLessThanOrEqual(CAMERA_LIMITS.pitchDeg);
        expect(pose.zoom).toBeGreaterThanOrEqual(CAMERA_LIMITS.minZoom);
        expect(pose.zoom).toBeLessThanOrEqual(CAMERA_LIMITS.maxZoom);
        expect(Math.abs(pose.yawDeg)).toBeLessThanOrEqual(180);
      }),
    );
  });

  it('keeps a pose already inside the limits (at 0.1° and 0.001 steps) exactly', () => {
    fc.assert(fc.property(cameraArb, (pose) => void expect(clampCamera(pose)).toEqual(pose)));
  });

  // Regression (fixed): clampCamera wrapped yaw into [−180, 180) and only then rounds to 0.1°, so 179.95 ≤ yaw < 180
  // rounds up to 180. decode('cam=179.96,0,1') gives yawDeg 180; the app writes cam=180,0,1, which the
  // next load turns into −180 with an "out of range" note.
  it('wraps a yaw that rounds to 180° to −180°, keeping yaw in [−180, 180)', () => {
    expect(clampCamera({ yawDeg: 179.96, pitchDeg: 0, zoom: 1 }).yawDeg).toBe(-180);
  });

  it('decodes cam=179.96,0,1 into a pose that survives the next round trip without a note', () => {
    const first = decode('cam=179.96,0,1').params;
    expect(decode(encode(first))).toEqual({ params: first, notes: [] });
  });
});

// ---------------------------------------------------------------------------------------------------------
// Examples (merged from codec.test.ts).

describe('decode', () => {
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
