// The decoded clip as one 3D texture. The CPU copy is kept: three.js re-uploads it after a lost context.
// A clip still decoding gets its texture early, empty, and its frames one by one (uploadFrames).
import {
  ClampToEdgeWrapping,
  Data3DTexture,
  LinearFilter,
  NoColorSpace,
  RGBAFormat,
  UnsignedByteType,
  type WebGLRenderer,
} from 'three';
import type { VolumeShape } from '../model/budget';

export interface VolumeData extends VolumeShape {
  readonly rgba: Uint8Array; // frame-major, row 0 at the top
}

export type { VolumeShape };

export function sameShape(a: VolumeShape, b: VolumeShape): boolean {
  return a.frames === b.frames && a.heightPx === b.heightPx && a.widthPx === b.widthPx;
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

/**
 * Frames `first`… of `texture` (already allocated by three.js) become `rgba`, without touching the others.
 * Returns how many frames went up: none when three.js has not allocated the texture (a lost context).
 */
export function uploadFrames(renderer: WebGLRenderer, texture: Data3DTexture, first: number, rgba: Uint8Array): number {
  const { width, height } = texture.image;
  const handle = (renderer.properties.get(texture) as { __webglTexture?: WebGLTexture }).__webglTexture;
  if (!handle) return 0;
  const gl = renderer.getContext() as WebGL2RenderingContext;
  // Through three.js's state, which caches the binding and the unpack settings.
  renderer.state.bindTexture(gl.TEXTURE_3D, handle);
  renderer.state.pixelStorei(gl.UNPACK_ALIGNMENT, 1);
  renderer.state.pixelStorei(gl.UNPACK_FLIP_Y_WEBGL, false);
  renderer.state.pixelStorei(gl.UNPACK_PREMULTIPLY_ALPHA_WEBGL, false);
  const count = rgba.length / (width * height * 4);
  gl.texSubImage3D(gl.TEXTURE_3D, 0, 0, 0, first, width, height, count, gl.RGBA, gl.UNSIGNED_BYTE, rgba);
  return count;
}
