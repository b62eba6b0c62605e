import type { Data3DTexture, Texture, Vector3, WebGLRenderer } from 'three';
import { describe, expect, it } from 'vitest';
import { createIncoming } from '../../src/view/incoming';

// A renderer that records which frames go up, by first frame and count.
function fakeRenderer(lost = false) {
  const uploads: [number, number][] = [];
  const renderer = {
    initTexture: () => {},
    getContext: () => ({ isContextLost: () => lost }),
    copyTextureToTexture: (src: Data3DTexture, _dst: Texture, _region: null, at: Vector3) =>
      uploads.push([at.z, src.image.depth]),
  } as unknown as WebGLRenderer;
  return { renderer, uploads };
}

const shape = { frames: 4, heightPx: 2, widthPx: 2 };
const frame = (n = 1) => new Uint8Array(n * 2 * 2 * 4);

describe('the clip being decoded', () => {
  it('shows the frames from the first up to the first one missing', () => {
    const { renderer } = fakeRenderer();
    const incoming = createIncoming(renderer);
    expect(incoming.sofar()).toBeNull();
    incoming.put(shape, 1, frame());
    expect(incoming.sofar()).toBeNull(); // frame 0 is not there yet
    incoming.put(shape, 0, frame());
    expect(incoming.sofar()?.present).toBe(2);
    incoming.put(shape, 3, frame());
    expect(incoming.sofar()).toMatchObject({ frames: 4, present: 2 });
  });

  it('uploads only the frames not put when the clip is whole, and frees the texture when dropped', () => {
    const { renderer, uploads } = fakeRenderer();
    const incoming = createIncoming(renderer);
    incoming.put(shape, 0, frame());
    incoming.put(shape, 3, frame());
    const texture = incoming.take({ ...shape, rgba: frame(4) });
    expect(uploads).toEqual([
      [0, 1],
      [3, 1],
      [1, 2],
    ]);
    expect(texture).not.toBeNull();
    expect(incoming.sofar()).toBeNull();

    let disposed = false;
    incoming.put(shape, 0, frame());
    incoming.sofar()?.texture.addEventListener('dispose', () => (disposed = true));
    incoming.drop();
    expect(disposed).toBe(true);
    expect(incoming.sofar()).toBeNull();
  });

  it('counts no frame as put while the context is lost', () => {
    const { renderer, uploads } = fakeRenderer(true);
    const incoming = createIncoming(renderer);
    incoming.put(shape, 0, frame());
    expect(uploads).toEqual([]);
    expect(incoming.sofar()).toBeNull();
  });
});
