// The decoded clip as one 3D texture. The CPU copy is kept: three.js re-uploads it after a lost context.
import { ClampToEdgeWrapping, Data3DTexture, LinearFilter, NoColorSpace, RGBAFormat, UnsignedByteType } from 'three';

export interface VolumeData {
  readonly frames: number;
  readonly heightPx: number;
  readonly widthPx: number;
  readonly rgba: Uint8Array; // frame-major, row 0 at the top
}

export function createVolumeTexture(data: VolumeData): Data3DTexture {
  const texture = new Data3DTexture(data.rgba, data.widthPx, data.heightPx, data.frames);
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
