// The bundled clips. Their shapes are known up front so that the nominal input (w, h, t) and the token
// readout are exact before a single frame is decoded. scripts/make-clips.sh makes the files to match.

export interface BundledClip {
  readonly id: string;
  readonly label: string;
  readonly file: string; // relative to the app's base URL
  readonly widthPx: number;
  readonly heightPx: number;
  readonly frames: number;
  readonly fps: number;
}

// 49 = 12·4 + 1 frames: a causal 4× VAE turns it into exactly 13 latent frames, as real models expect.
export const BUNDLED_CLIPS: readonly BundledClip[] = [
  {
    id: 'landscape',
    label: 'Landscape 16:9',
    file: 'clips/landscape.mp4',
    widthPx: 640,
    heightPx: 360,
    frames: 49,
    fps: 16,
  },
  {
    id: 'portrait',
    label: 'Portrait 9:16',
    file: 'clips/portrait.mp4',
    widthPx: 360,
    heightPx: 640,
    frames: 49,
    fps: 16,
  },
  { id: 'square', label: 'Square 1:1', file: 'clips/square.mp4', widthPx: 480, heightPx: 480, frames: 49, fps: 16 },
];

export const DEFAULT_CLIP_ID = 'landscape';

export function findBundledClip(id: string): BundledClip | undefined {
  return BUNDLED_CLIPS.find((clip) => clip.id === id);
}
