// Spec for src/state/page.ts: what the page shows for one state, as the README's examples read it.
import { describe, expect, it } from 'vitest';
import { decode } from '../../src/state/codec';
import { clampedIndex, hoveredIndex, pageModel } from '../../src/state/page';

const page = (hash: string) => pageModel({ params: decode(hash).params, clip: null, hover: null });

describe('pageModel', () => {
  it('counts a preset with its own rules: hunyuanvideo at 1280×720×129 is 33×45×80', () => {
    const model = page('#preset=hunyuanvideo&w=1280&h=720&t=129');
    expect(model.grid).toEqual({ t: 33, h: 45, w: 80 });
    expect(model.count).toBe(118_800);
    expect(model.modelInfo.videoTokens).toBe(118_800);
    expect(model.exact?.grid).toEqual(model.grid);
  });

  it('without a preset, counts what the view draws: 640×360×32 in 2×16×16 pixel patches is 16×22×40', () => {
    const model = page('#w=640&h=360&t=32&vae=1x1x1&patch=2x16x16&fit=crop&token=1000');
    expect(model.exact).toBeNull();
    expect(model.grid).toEqual({ t: 16, h: 22, w: 40 });
    expect(model.scene?.grid).toEqual(model.grid);
    expect(model.count).toBe(14_080);
    expect(model.selection).toEqual({ index: 1000, pos: { t: 1, y: 3, x: 0 }, hovered: false });
    expect(model.scene?.selected).toEqual({ t: 1, y: 3, x: 0 });
    expect(model.description).toMatchObject({ count: 14_080, selected: model.selection, cut: null });
  });

  it('lights the query’s keys in the cubes for every pattern but full, window sizes clamped to the grid', () => {
    const base = '#w=640&h=360&t=49&vae=4x8x8&causal=1&patch=1x2x2&fit=pad&token=5000'; // 13×23×40
    expect(page(base).scene?.attention).toBeNull();
    expect(page(`${base}&attn=spatial`).scene?.attention).toEqual({
      passes: 1,
      kinds: [
        { t: 0, h: 0, w: 0 },
        { t: 0, h: 0, w: 0 },
      ],
      sizes: [
        { t: 1, h: 23, w: 40 },
        { t: 0, h: 0, w: 0 },
      ],
    });
    const factorised = page(`${base}&attn=factorised`).scene?.attention;
    expect(factorised?.passes).toBe(2);
    expect(factorised?.sizes[1]).toEqual({ t: 13, h: 1, w: 1 });
    expect(page(`${base}&attn=causal`).scene?.attention?.kinds[0]).toEqual({ t: 1, h: 0, w: 0 });
    expect(page(`${base}&attn=window&window=3x5x5`).scene?.attention?.sizes[0]).toEqual({ t: 3, h: 5, w: 5 });
    expect(page(`${base}&attn=window&window=33x5x5`).scene?.attention?.sizes[0].t).toBe(13);
  });

  it('marks a preset’s text tokens by the sequence: joint ones in it, cross ones as keys and values', () => {
    expect(page('#preset=cogvideox&w=720&h=480&t=49').scene?.text).toEqual({ kind: 'joint', tokens: 226 });
    expect(page('#preset=opensora10&w=512&h=512&t=16').scene?.text).toEqual({ kind: 'cross', tokens: 120 });
    expect(page('#preset=vivit&w=224&h=224&t=32').scene?.text).toBeNull();
    expect(page('#w=640&h=360&t=32').scene?.text).toBeNull();
  });

  it('breaks a preset’s rule and says so', () => {
    const model = page('#preset=hunyuanvideo&w=1280&h=720&t=100');
    expect(model.modelInfo.violations.map((v) => v.axis)).toEqual(['t']);
  });

  it('cuts the cubes in the cubes view only, and draws the figure in every view', () => {
    const cubes = page('#w=224&h=224&t=16&vae=1x1x1&patch=2x16x16&slice=xt&at=0.5&view=cubes');
    expect(cubes.scene?.cut).toMatchObject({ axis: 'h', index: 112 });
    expect(cubes.section).toMatchObject({ slice: 'xt', cubesView: true, latent: false });
    const stack = page('#w=224&h=224&t=16&vae=1x1x1&patch=2x16x16&slice=xt&at=0.5&view=stack');
    expect(stack.scene?.cut).toBeNull();
    expect(stack.description.cut).toBeNull();
    expect(stack.section).toMatchObject({ slice: 'xt', cubesView: false });
  });

  it('moves the scene to the latent and to the line as the params say', () => {
    expect(page('#space=latent&view=sequence').scene).toMatchObject({ latent: 1, sequence: 1, view: 'sequence' });
    expect(page('#space=pixels&view=stack').scene).toMatchObject({ latent: 0, sequence: 0, view: 'stack' });
    // Patch n' pack: the sequence view draws every packed clip's tokens, in the packing's order.
    const packed = page('#view=sequence&pack=1');
    expect(packed.scene?.packed).toEqual(packed.packing?.clips.map((c) => c.tokens));
    expect(packed.scene?.packed?.length).toBe(3);
    expect(page('#view=cubes&pack=1').scene?.packed).toBeNull();
  });

  it('packs the bundled clips only when asked', () => {
    expect(page('').packing).toBeNull();
    expect(page('#pack=1').packing?.clips.length).toBeGreaterThan(1);
  });

  it('hides parts only in an embed', () => {
    expect(page('#hide=panel,tour').hidden).toEqual([]);
    expect(page('#embed=1&hide=panel,tour').hidden).toEqual(['panel', 'tour']);
  });
});

describe('picking a token', () => {
  const grid = { t: 2, h: 3, w: 4 };
  it('clamps a position past the edge into the grid', () => {
    expect(clampedIndex({ t: 5, y: -1, x: 9 }, grid)).toBe(12 + 3);
  });
  it('hovers nothing off the grid', () => {
    const tok = page('#w=64&h=48&t=4&vae=1x1x1&patch=2x16x16').tok;
    expect(hoveredIndex({ t: 0, y: 0, x: 1 }, tok)).toBe(1);
    expect(hoveredIndex({ t: 0, y: 3, x: 0 }, tok)).toBeNull();
    expect(hoveredIndex(null, tok)).toBeNull();
  });
});
