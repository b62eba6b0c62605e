// The decoded clip as one 3D texture. The CPU copy is kept: three.js re-uploads it after a lost context.
// A clip still decoding gets its texture early, empty, and its frames one by one (uploadFrames).
import {
  ClampToEdgeWrapping,
  Data3DTexture,
  LinearFilter,
  NoColorSpace,
  RGBAFormat,
  type Texture,
  UnsignedByteType,
  Vector3,
  type WebGLRenderer,
} from 'three';
import type { VolumeShape } from '../model/budget';
import { type Dims, sameDims } from '../model/grid';

export interface VolumeData extends VolumeShape {
  readonly rgba: Uint8Array; // frame-major, row 0 at the top
}

export type { VolumeShape };

/** What the parts draw: a volume texture of `frames` frames, of which the first `present` are uploaded. */
export interface VolumeOnScreen {
  readonly texture: Texture;
  readonly frames: number;
  readonly present: number;
}

const dimsOf = (shape: VolumeShape): Dims => ({ t: shape.frames, h: shape.heightPx, w: shape.widthPx });

export function sameShape(a: VolumeShape, b: VolumeShape): boolean {
  return sameDims(dimsOf(a), dimsOf(b));
}

/** The volume's texture; with `rgba` null, three.js only allocates it, and the frames come by uploadFrames. */
export function createVolumeTexture(shape: VolumeShape, rgba: Uint8Array | null): Data3DTexture {
  const texture = new Data3DTexture(rgba, shape.widthPx, shape.heightPx, shape.frames);
  texture.source.dataReady = rgba !== null;
  texture.format = RGBAFormat;
  texture.type = UnsignedByteType;
  texture.colorSpace = NoColorSpace; // bytes go to the screen as decoded
  texture.minFilter = LinearFilter;
  texture.magFilter = LinearFilter;
  texture.wrapS = texture.wrapT = texture.wrapR = ClampToEdgeWrapping;
  texture.unpackAlignment = 1;
  texture.generateMipmaps = false;
  texture.needsUpdate = true;
  return texture;
}

const _at = new Vector3();

/**
 * Frames `first`… of `texture` (already allocated by three.js) become `rgba`, without touching the others.
 * Returns how many frames went up: none while the context is lost (three.js then rebuilds the texture).
 */
export function uploadFrames(renderer: WebGLRenderer, texture: Data3DTexture, first: number, rgba: Uint8Array): number {
  if (renderer.getContext().isContextLost()) return 0;
  const { width, height } = texture.image;
  const count = rgba.length / (width * height * 4);
  // A texture that never meets the renderer: three.js copies its bytes with texSubImage3D and allocates nothing.
  const frames = new Data3DTexture(rgba, width, height, count);
  renderer.copyTextureToTexture(frames, texture, null, _at.set(0, 0, first));
  return count;
}
