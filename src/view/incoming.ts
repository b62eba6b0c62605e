// The clip being decoded: its own texture, filled frame by frame as the frames arrive, so showing it costs a
// rendered frame rather than a 45 MB upload (a quarter second in software WebGL). A lost context takes it;
// the whole clip is then uploaded at once.
import type { Data3DTexture, Texture, WebGLRenderer } from 'three';
import {
  createVolumeTexture,
  sameShape,
  uploadFrames,
  type VolumeData,
  type VolumeOnScreen,
  type VolumeShape,
} from './volume';

export interface IncomingVolume {
  /** Frames `first`… of a clip of `shape`; a clip of another shape starts a new texture. */
  put(shape: VolumeShape, first: number, rgba: Uint8Array): void;
  /** Forget the frames put so far. */
  drop(): void;
  /** The frames so far: those from the first up to the first one missing (null before frame 0). */
  sofar(): VolumeOnScreen | null;
  /** The texture completed from `data` (frames not put go up now), or null when it is not this clip's. */
  take(data: VolumeData): Texture | null;
}

export function createIncoming(renderer: WebGLRenderer): IncomingVolume {
  let incoming: { texture: Data3DTexture; shape: VolumeShape; put: boolean[]; present: number } | null = null;

  function drop(): void {
    incoming?.texture.dispose();
    incoming = null;
  }

  return {
    put(shape, first, rgba) {
      let target = incoming;
      if (!target || !sameShape(target.shape, shape)) {
        drop();
        const created = createVolumeTexture(shape, null);
        renderer.initTexture(created); // allocates it, uploads nothing
        target = incoming = { texture: created, shape, put: new Array<boolean>(shape.frames).fill(false), present: 0 };
      }
      const count = uploadFrames(renderer, target.texture, first, rgba);
      target.put.fill(true, first, first + count);
      while (target.present < shape.frames && target.put[target.present]) target.present++;
    },
    drop,
    sofar: () =>
      incoming && incoming.present > 0
        ? { texture: incoming.texture, frames: incoming.shape.frames, present: incoming.present }
        : null,
    take(data) {
      const taken = incoming;
      incoming = null;
      if (!taken || !sameShape(taken.shape, data)) {
        taken?.texture.dispose();
        return null;
      }
      const frameBytes = data.widthPx * data.heightPx * 4;
      // Frames filled in at the end, or decoded before the view was made, go up now, each run in one call.
      for (let first = taken.put.indexOf(false); first >= 0;) {
        let end = first;
        while (end < data.frames && !taken.put[end]) end++;
        uploadFrames(renderer, taken.texture, first, data.rgba.subarray(first * frameBytes, end * frameBytes));
        first = taken.put.indexOf(false, end);
      }
      // Kept for three.js, which uploads it all again on a restored context.
      taken.texture.image.data = data.rgba;
      taken.texture.source.dataReady = true;
      return taken.texture;
    },
  };
}
