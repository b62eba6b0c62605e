// Spec for src/state/derive.ts: what is computed from the state (never stored).
import { describe, expect, it } from 'vitest';
import { tokenCount } from '../../src/model/grid';
import type { ClipInfo } from '../../src/state/app';
import { BUNDLED_CLIPS, findBundledClip } from '../../src/state/clips';
import { clipShape, isPixelSpace, nominalInput, selectedToken, shownToken, tokenizerOf } from '../../src/state/derive';
import { type Params, defaultParams } from '../../src/state/params';

const params = (patch: Partial<Params> = {}): Params => ({ ...defaultParams(), ...patch });
const URL_CLIP = 'https://example.org/clip.mp4';
const loadedClip = (source: string): ClipInfo => ({
  source,
  label: 'clip',
  widthPx: 1280,
  heightPx: 720,
  frames: 97,
  fps: 24,
});

describe('nominalInput', () => {
  it('follows the bundled clip when w, h and t are auto: landscape is 49×360×640', () => {
    expect(nominalInput(params(), null)).toEqual({ t: 49, h: 360, w: 640 });
  });

  it('follows each bundled clip’s own shape', () => {
    for (const clip of BUNDLED_CLIPS) {
      expect(nominalInput(params({ clip: clip.id }), null), clip.id).toEqual({
        t: clip.frames,
        h: clip.heightPx,
        w: clip.widthPx,
      });
    }
  });

  it('lets an explicit width win and keeps the clip’s height and frames', () => {
    expect(nominalInput(params({ w: 100 }), null)).toEqual({ t: 49, h: 360, w: 100 });
  });

  it('lets explicit w, h and t all win over the clip', () => {
    expect(nominalInput(params({ clip: 'portrait', w: 224, h: 224, t: 16 }), null)).toEqual({ t: 16, h: 224, w: 224 });
  });

  it('is unknown for a URL clip that has not loaded yet', () => {
    expect(nominalInput(params({ clip: URL_CLIP }), null)).toBeNull();
  });

  it.each<Partial<Params>>([{ w: 640 }, { h: 360, t: 32 }, { w: 640, t: 32 }, { w: 640, h: 360 }])(
    'is unknown for a URL clip while an axis is still auto (%o)',
    (explicit) => {
      expect(nominalInput(params({ clip: URL_CLIP, ...explicit }), null)).toBeNull();
    },
  );

  it('is known for a URL clip before loading when w, h and t are all explicit', () => {
    expect(nominalInput(params({ clip: URL_CLIP, w: 640, h: 360, t: 32 }), null)).toEqual({ t: 32, h: 360, w: 640 });
  });

  it('follows the loaded clip once the clip it was loaded for is the current one', () => {
    expect(nominalInput(params({ clip: URL_CLIP }), loadedClip(URL_CLIP))).toEqual({ t: 97, h: 720, w: 1280 });
  });

  it('ignores a loaded clip that belongs to another source', () => {
    expect(nominalInput(params({ clip: URL_CLIP }), loadedClip('https://example.org/other.mp4'))).toBeNull();
    expect(nominalInput(params({ clip: 'square' }), loadedClip(URL_CLIP))).toEqual({ t: 49, h: 480, w: 480 });
  });

  it('lets explicit values win over a loaded clip as well', () => {
    expect(nominalInput(params({ clip: URL_CLIP, t: 33 }), loadedClip(URL_CLIP))).toEqual({ t: 33, h: 720, w: 1280 });
  });

  it('knows the shape of a bundled clip before it is decoded', () => {
    expect(clipShape(params({ clip: 'portrait' }), null)).toEqual({ t: 49, h: 640, w: 360 });
    expect(findBundledClip('portrait')).toBeDefined();
    expect(findBundledClip('nope')).toBeUndefined();
  });
});

describe('tokenizerOf', () => {
  const input = { t: 49, h: 360, w: 640 };

  it('defaults to 3 channels for a 1×1×1 VAE (patches cut from RGB pixels)', () => {
    expect(tokenizerOf(params({ vae: { t: 1, h: 1, w: 1 } }), input).channels).toBe(3);
  });

  it('defaults to 16 latent channels for any other VAE stride', () => {
    expect(tokenizerOf(params({ vae: { t: 4, h: 8, w: 8 } }), input).channels).toBe(16);
    expect(tokenizerOf(params({ vae: { t: 1, h: 1, w: 2 } }), input).channels).toBe(16);
    expect(tokenizerOf(params({ vae: { t: 2, h: 1, w: 1 } }), input).channels).toBe(16);
  });

  it('lets an explicit c win, for pixels and latents alike', () => {
    expect(tokenizerOf(params({ vae: { t: 1, h: 1, w: 1 }, c: 4 }), input).channels).toBe(4);
    expect(tokenizerOf(params({ vae: { t: 6, h: 8, w: 8 }, c: 12 }), input).channels).toBe(12);
  });

  it('passes the input, strides, causality, patch and fit through unchanged', () => {
    const p = params({ vae: { t: 6, h: 8, w: 8 }, causal: false, patch: { t: 2, h: 4, w: 4 }, fit: 'crop' });
    expect(tokenizerOf(p, input)).toEqual({
      input,
      vae: p.vae,
      causal: false,
      patch: p.patch,
      fit: 'crop',
      channels: 16,
    });
  });

  it('tells pixel space (1×1×1) from a latent', () => {
    expect(isPixelSpace({ t: 1, h: 1, w: 1 })).toBe(true);
    expect(isPixelSpace({ t: 1, h: 2, w: 1 })).toBe(false);
  });
});

describe('selectedToken', () => {
  // The landscape clip through the default 4×8×8 causal VAE and 1×2×2 patch: 13×23×40 = 11,960 tokens.
  const tok = tokenizerOf(params(), { t: 49, h: 360, w: 640 });

  it('selects the token by its sequence index and gives its position', () => {
    expect(selectedToken(params({ token: 45 }), tok)).toEqual({ index: 45, pos: { t: 0, y: 1, x: 5 } });
  });

  it('selects the first token by default', () => {
    expect(selectedToken(params(), tok)).toEqual({ index: 0, pos: { t: 0, y: 0, x: 0 } });
  });

  it('clamps a token past the end to the last token', () => {
    expect(tokenCount(tok)).toBe(11_960);
    expect(selectedToken(params({ token: 1_000_000 }), tok)).toEqual({ index: 11_959, pos: { t: 12, y: 22, x: 39 } });
  });

  it('keeps the last token itself', () => {
    expect(selectedToken(params({ token: 11_959 }), tok)?.index).toBe(11_959);
  });

  it('selects nothing when crop leaves an empty grid', () => {
    const empty = tokenizerOf(params({ vae: { t: 1, h: 1, w: 1 }, patch: { t: 1, h: 16, w: 16 }, fit: 'crop' }), {
      t: 4,
      h: 10,
      w: 640,
    });
    expect(tokenCount(empty)).toBe(0);
    expect(selectedToken(params({ token: 0 }), empty)).toBeNull();
  });
});

describe('shownToken', () => {
  const p = params({
    w: 640,
    h: 360,
    t: 32,
    vae: { t: 1, h: 1, w: 1 },
    patch: { t: 2, h: 16, w: 16 },
    fit: 'crop',
    token: 45,
  });
  const tok = tokenizerOf(p, { t: 32, h: 360, w: 640 });

  it('is the selected token when nothing is hovered', () => {
    expect(shownToken({ params: p, hover: null }, tok)).toEqual({
      index: 45,
      pos: { t: 0, y: 1, x: 5 },
      hovered: false,
    });
  });

  it('previews the hovered token while the params it was picked under hold', () => {
    expect(shownToken({ params: p, hover: { of: p, index: 1000 } }, tok)).toEqual({
      index: 1000,
      pos: { t: 1, y: 3, x: 0 },
      hovered: true,
    });
  });

  it('drops a preview picked under other params: any change ends it', () => {
    const changed = { ...p, explode: 0.5 };
    expect(shownToken({ params: changed, hover: { of: p, index: 1000 } }, tok)).toMatchObject({
      index: 45,
      hovered: false,
    });
  });
});
