import type { BufferGeometry, Material, Mesh } from 'three';
import { describe, expect, it, vi } from 'vitest';
import { createCubes } from '../../src/view/cubes';
import { createGhost } from '../../src/view/ghost';
import { createStack } from '../../src/view/stack';
import { createRenderLoop } from '../../src/view/render-loop';
import { watchPointer } from '../../src/view/pointer';

// three.js frees nothing by itself: each part must dispose its geometry and material.
function watchDisposal(mesh: Mesh): { geometry: boolean; material: boolean } {
  const seen = { geometry: false, material: false };
  (mesh.geometry as BufferGeometry).addEventListener('dispose', () => (seen.geometry = true));
  (mesh.material as Material).addEventListener('dispose', () => (seen.material = true));
  return seen;
}

describe('view parts', () => {
  for (const [name, create] of [
    ['cubes', createCubes],
    ['ghost', createGhost],
    ['stack', createStack],
  ] as const) {
    it(`${name} disposes its geometry and material`, () => {
      const part = create();
      const seen = watchDisposal(part.object);
      part.dispose();
      expect(seen).toEqual({ geometry: true, material: true });
    });
  }
});

describe('view listeners and timers', () => {
  it('the pointer removes every listener it added, and its pending hover frame', () => {
    const added = new Map<string, unknown>();
    const canvas = {
      addEventListener: (type: string, listener: unknown) => added.set(type, listener),
      removeEventListener: (type: string, listener: unknown) => {
        if (added.get(type) === listener) added.delete(type);
      },
    } as unknown as HTMLCanvasElement;
    vi.stubGlobal('cancelAnimationFrame', vi.fn());
    const dispose = watchPointer(canvas, () => null, { pick: () => {}, hover: () => {} });
    expect(added.size).toBe(4);
    dispose();
    expect(added.size).toBe(0);
    expect(cancelAnimationFrame).toHaveBeenCalled();
    vi.unstubAllGlobals();
  });

  it('the render loop cancels its pending frame and its spaced redraw', () => {
    vi.useFakeTimers();
    const cancelled: number[] = [];
    // An animation frame that comes at once: a redraw left pending by dispose would show up as a draw.
    vi.stubGlobal('requestAnimationFrame', (callback: FrameRequestCallback) => (callback(0), 7));
    vi.stubGlobal('cancelAnimationFrame', (id: number) => cancelled.push(id));
    let draws = 0;
    const loop = createRenderLoop(() => {
      draws++;
      return { painted: true, again: false };
    });
    loop.drawNow(); // a frame now: the next spaced redraw must wait
    loop.requestSpaced(500);
    loop.dispose();
    vi.advanceTimersByTime(1000);
    expect(draws).toBe(1);
    expect(cancelled).toContain(0);
    vi.useRealTimers();
    vi.unstubAllGlobals();
  });

  it('a frame that painted nothing does not hold back the next spaced redraw', () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'performance'] });
    // Animation frames come 16 ms later, on the same fake clock.
    vi.stubGlobal('requestAnimationFrame', (callback: FrameRequestCallback) => setTimeout(() => callback(0), 16));
    vi.stubGlobal('cancelAnimationFrame', (id: ReturnType<typeof setTimeout>) => clearTimeout(id));
    let painted = false;
    let draws = 0;
    const loop = createRenderLoop(() => {
      draws++;
      return { painted, again: false };
    });
    loop.drawNow(); // nothing on screen yet: the canvas stays clear
    painted = true;
    loop.requestSpaced(500); // the first picture: at the next animation frame, not 500 ms later
    vi.advanceTimersByTime(16);
    expect(draws).toBe(2);
    loop.requestSpaced(500); // the next one waits its gap
    vi.advanceTimersByTime(400);
    expect(draws).toBe(2);
    vi.advanceTimersByTime(200);
    expect(draws).toBe(3);
    loop.dispose();
    vi.useRealTimers();
    vi.unstubAllGlobals();
  });
});
