// The shaders the first picture does not need are compiled once a clip is whole, the page idle and the GPU done
// with its frames: a compile asks the GPU process questions that wait for those frames.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Camera, Object3D, Scene, WebGLRenderer } from 'three';
import { createWarmUp } from '../../src/view/warm-up';

/** A renderer that records which parts were visible at each compile. */
function fakeRenderer(parts: Record<string, { object: Object3D }>) {
  const compiled: string[][] = [];
  const renderer = {
    compileAsync: () => {
      compiled.push(Object.entries(parts).flatMap(([name, part]) => (part.object.visible ? [name] : [])));
      return Promise.resolve();
    },
    info: { programs: [] },
  } as unknown as WebGLRenderer;
  return { renderer, compiled };
}

const part = () => ({ object: { visible: true } as Object3D });

describe('warm-up', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  function setUp(gpuDone: () => boolean) {
    const parts = { cubes: part(), stack: part(), ghost: part() };
    const { renderer, compiled } = fakeRenderer(parts);
    const warmUp = createWarmUp(
      renderer,
      {} as Scene,
      {} as Camera,
      { first: { cubes: parts.cubes, stack: parts.stack }, rest: [parts.ghost] },
      gpuDone,
    );
    return { warmUp, compiled, parts };
  }

  it("compiles the first view's shaders at once, and only those, leaving what is visible as it was", () => {
    const { warmUp, compiled, parts } = setUp(() => true);
    warmUp.ahead('cubes');
    warmUp.ahead('cubes');
    expect(compiled).toEqual([['cubes']]);
    expect(Object.values(parts).every((p) => p.object.visible)).toBe(true);
  });

  it('compiles the rest only once the GPU is done with its frames', async () => {
    let done = false;
    const { warmUp, compiled } = setUp(() => done);
    warmUp.ahead('stack');
    warmUp.rest();
    await vi.advanceTimersByTimeAsync(500);
    expect(compiled).toEqual([['stack']]); // the GPU is still drawing: nothing asked of it
    done = true;
    await vi.advanceTimersByTimeAsync(200);
    expect(compiled).toEqual([['stack'], ['cubes', 'stack', 'ghost']]);
    warmUp.dispose();
  });

  it('compiles the rest anyway after 3 s of a GPU that never finishes (a view that keeps moving)', async () => {
    const { warmUp, compiled } = setUp(() => false);
    warmUp.rest();
    await vi.advanceTimersByTimeAsync(2900);
    expect(compiled).toEqual([]);
    await vi.advanceTimersByTimeAsync(300);
    expect(compiled).toEqual([['cubes', 'stack', 'ghost']]);
    warmUp.dispose();
  });

  it('compiles nothing once disposed', async () => {
    const { warmUp, compiled } = setUp(() => true);
    warmUp.rest();
    warmUp.dispose();
    await vi.advanceTimersByTimeAsync(5000);
    expect(compiled).toEqual([]);
  });
});
