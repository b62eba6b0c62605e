// What the view draws while a clip decodes: only the blocks up to the last frame uploaded (src/view/cubes.ts),
// and whether the GPU is still busy with the last frame drawn (src/view/frame-fence.ts).
import { Data3DTexture, type InstancedBufferGeometry, type Mesh } from 'three';
import { describe, expect, it } from 'vitest';
import { createCubes } from '../../src/view/cubes';
import { createFrameFence } from '../../src/view/frame-fence';
import type { SceneInput } from '../../src/view/scene-input';
import { DEFAULT_SCENE } from './scene-input-fixture';

const input: SceneInput = { ...DEFAULT_SCENE, explode: 0, selected: null };

describe('the cubes while the clip decodes', () => {
  const drawn = (present: number | null) => {
    const cubes = createCubes();
    const volume = present === null ? null : { texture: new Data3DTexture(), frames: 49, present };
    cubes.update(input, volume);
    const count = ((cubes.object as Mesh).geometry as InstancedBufferGeometry).instanceCount;
    cubes.dispose();
    return count;
  };
  const perFrame = 23 * 40; // token frames are drawn one after another, each of 23 × 40 cubes

  it('draws every token frame that has begun, and not many more', () => {
    for (let present = 1; present < 49; present += 1) {
      // Causal VAE: token frame 0 is pixel frame 0, token frame k ≥ 1 starts at pixel frame 4k - 3.
      const begun = 1 + Math.floor((present + 2) / 4);
      const count = drawn(present);
      expect(count % perFrame).toBe(0);
      expect(count / perFrame).toBeGreaterThanOrEqual(begun);
      expect(count / perFrame).toBeLessThanOrEqual(begun + 1);
    }
  });

  it('draws all of them once the clip is whole, and none without a clip', () => {
    expect(drawn(49)).toBe(13 * perFrame);
    expect(drawn(null)).toBe(0);
  });
});

/** A WebGL2 context that knows only fences; `signal()` finishes the GPU's work. */
function fakeGl() {
  const fences = new Set<object>();
  let signalled = new Set<object>();
  let lost = false;
  const gl = {
    SYNC_GPU_COMMANDS_COMPLETE: 0x9117,
    SYNC_STATUS: 0x9114,
    SIGNALED: 0x9119,
    UNSIGNALED: 0x9118,
    fenceSync: () => {
      const fence = {};
      fences.add(fence);
      return fence;
    },
    flush: () => {},
    getSyncParameter: (fence: object) => (signalled.has(fence) ? 0x9119 : 0x9118),
    deleteSync: (fence: object) => void fences.delete(fence),
    isContextLost: () => lost,
  };
  return {
    gl: gl as unknown as WebGL2RenderingContext,
    fences,
    signal: () => void (signalled = new Set(fences)),
    lose: () => void (lost = true),
  };
}

describe('createFrameFence', () => {
  it('is done with no frame drawn, busy after one until the GPU finishes it, and keeps no fence after', () => {
    const { gl, fences, signal } = fakeGl();
    const fence = createFrameFence(gl);
    expect(fence.done()).toBe(true);
    fence.drawn();
    expect(fence.done()).toBe(false);
    fence.drawn(); // a second frame: only the last one counts, the first fence goes
    expect(fences.size).toBe(1);
    signal();
    expect(fence.done()).toBe(true);
    expect(fences.size).toBe(0);
  });

  it('is done when the context is lost (nothing is drawing), and lets go of its fence on dispose', () => {
    const { gl, fences, lose } = fakeGl();
    const fence = createFrameFence(gl);
    fence.drawn();
    lose();
    expect(fence.done()).toBe(true);
    fence.drawn();
    fence.dispose();
    expect(fences.size).toBe(0);
  });
});
