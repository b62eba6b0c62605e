import { describe, expect, it } from 'vitest';
import { cutOf } from '../../src/model/slice';
import { type SceneInput, sameSceneInput } from '../../src/view/scene-input';
import { DEFAULT_SCENE } from './scene-input-fixture';

const input: SceneInput = DEFAULT_SCENE;

describe('sameSceneInput', () => {
  it('says a freshly built copy with equal values is the same', () => {
    expect(sameSceneInput(input, structuredClone(input))).toBe(true);
  });

  it('sees a change at any depth', () => {
    expect(sameSceneInput(input, { ...input, explode: 0.31 })).toBe(false);
    expect(sameSceneInput(input, { ...input, tok: { ...input.tok, patch: { t: 1, h: 2, w: 4 } } })).toBe(false);
    expect(sameSceneInput(input, { ...input, selected: null })).toBe(false);
    expect(sameSceneInput({ ...input, selected: null }, input)).toBe(false);
    expect(sameSceneInput(input, { ...input, selected: { t: 0, y: 1, x: 3 } })).toBe(false);
  });

  it('sees a change of attention pattern or window, so a highlight change draws a frame', () => {
    const d = (t: number, h: number, w: number) => ({ t, h, w });
    const spatial = { passes: 1, kinds: [d(0, 0, 0), d(0, 0, 0)], sizes: [d(1, 23, 40), d(0, 0, 0)] } as const;
    const window = { ...spatial, sizes: [d(3, 5, 5), d(0, 0, 0)] } as const;
    expect(sameSceneInput({ ...input, attention: spatial }, { ...input, attention: structuredClone(spatial) })).toBe(
      true,
    );
    expect(sameSceneInput(input, { ...input, attention: spatial })).toBe(false);
    expect(sameSceneInput({ ...input, attention: spatial }, { ...input, attention: window })).toBe(false);
  });

  it('compares slice planes, whose open sides are infinite', () => {
    const cut = cutOf('xt', 0.5, input.tok.input);
    expect(sameSceneInput({ ...input, cut }, { ...input, cut: cutOf('xt', 0.5, input.tok.input) })).toBe(true);
    expect(sameSceneInput({ ...input, cut }, { ...input, cut: cutOf('xt', 0.6, input.tok.input) })).toBe(false);
    expect(sameSceneInput({ ...input, cut }, input)).toBe(false);
  });

  it('sees a field one side lacks', () => {
    const extra = { ...input, slice: 0.5 } as SceneInput;
    expect(sameSceneInput(input, extra)).toBe(false);
    expect(sameSceneInput(extra, input)).toBe(false);
  });
});
