// Named constants with units. Anything a reader might ask "why this number?" about lives here.

export const VOLUME_BUDGET_BYTES = 64 * 1024 * 1024; // GPU volume texture, RGBA8
export const MAX_VOLUME_FRAMES = 128; // frames sampled from a clip, evenly
export const MAX_FILE_BYTES = 1024 * 1024 * 1024; // files above this are refused before reading
export const DECODE_TIMEOUT_MS = 60_000;
// The 3D view is first built once the clip's first frame is on the page, or after this long at the latest
// (see main.ts): about the decoder's start on the 2-core bench machine (first frame at 0.25-0.35 s).
export const VIEW_WAIT_MS = 400;

// Above this many cubes, neighbouring tokens are drawn as one block with their cut lines drawn by the
// shader, so draw cost stays flat (software WebGL: ~0.8 s per frame at 29k instanced cubes). The lines fade
// out where a token spans under a few pixels on screen, so a large grid reads as the clip, not as glitter.
export const MAX_DRAWN_BLOCKS = 16_384;

export const WORLD_SIZE = 2; // world units spanned by the volume's larger spatial side
export const MAX_DEPTH_WORLD = 2.4; // world units for the time axis, at most
export const FRAME_DEPTH_WORLD = 0.06; // world units per frame, before the cap above
export const MAX_STACK_PLANES = 64; // frames drawn in the stack view, at most
export const SECTION_SAMPLES = 320; // the slice figure samples at most this many pixels per side
export const TRANSITION_MS = 700; // pixels ↔ latent, volume ↔ sequence
// MAX_3D_TEXTURE_SIZE on nearly every GPU. A clip decodes for it while the view's WebGL context is being
// made; a GPU that takes less gets the clip decoded again for its own limit.
export const USUAL_MAX_TEXTURE_SIZE = 2048;
