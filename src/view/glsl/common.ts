// GLSL shared by the volume parts. Coordinates named `pix` are (t, y, x) in nominal input units:
// frames and pixels, row 0 at the top. The same mapping as src/model/extent.ts, on the GPU.

export const COMMON_UNIFORMS = /* glsl */ `
uniform vec3 uInput;      // nominal input (T, H, W)
uniform vec3 uWorld;      // world size of the input (x: W, y: H, z: T)
uniform vec3 uGrid;       // token grid (T', H', W')
uniform vec2 uTokPx;      // pixels per token (h, w)
uniform float uStrideT;   // VAE stride in time
uniform float uPatchT;    // patch size in time (latent frames)
uniform float uCausal;    // 1: the first latent frame stands for frame 0 alone
uniform float uExplode;   // 0..1: how far the parts are pulled apart
uniform float uVolumeFrames;  // frames in the volume texture
uniform float uFramesPresent; // of those, the first ones uploaded so far (all, once the clip is whole)
`;

export const COMMON_FUNCTIONS = /* glsl */ `
// A vertex of something not drawn: every vertex in one point outside the view.
const vec4 CULLED = vec4(2.0, 2.0, 2.0, 1.0);
bool loading() { return uFramesPresent < uVolumeFrames; }
// Input frames (pix t) that the uploaded volume frames cover: the stack grows along t while it decodes.
float framesShown() { return uInput.x * uFramesPresent / uVolumeFrames; }
float frameOfLatent(float k) {
  if (uCausal > 0.5) return k <= 0.0 ? 0.0 : 1.0 + (k - 1.0) * uStrideT;
  return k * uStrideT;
}
float latentOfFrame(float f) {
  if (uCausal > 0.5) return f <= 1.0 ? f : 1.0 + (f - 1.0) / uStrideT;
  return f / uStrideT;
}
// (t, y, x) in tokens -> (t, y, x) in pixels
vec3 pixOfToken(vec3 tok) {
  return vec3(frameOfLatent(tok.x * uPatchT), tok.y * uTokPx.x, tok.z * uTokPx.y);
}
vec3 tokenOfPix(vec3 pix) {
  return vec3(latentOfFrame(pix.x) / uPatchT, pix.y / uTokPx.x, pix.z / uTokPx.y);
}
vec3 worldOfPix(vec3 pix) {
  vec3 n = pix / uInput;
  return vec3((n.z - 0.5) * uWorld.x, (0.5 - n.y) * uWorld.y, (0.5 - n.x) * uWorld.z);
}
`;

export const SAMPLE_FUNCTIONS = /* glsl */ `
uniform highp sampler3D uVolume;
uniform float uNoise;     // diffusion noise level 0..1
uniform float uSeed;
uniform vec3 uStride;     // VAE stride (t, h, w)
uniform float uLatent;    // 0: show pixels, 1: show the latent, one sample per latent voxel

// Cheap integer hash -> uniform (0,1]; two of them make a Gaussian by Box-Muller.
float hash13(vec3 p) {
  uvec3 q = uvec3(ivec3(p)) * uvec3(1597334673u, 3812015801u, 2798796415u);
  uint n = (q.x ^ q.y ^ q.z ^ uint(uSeed)) * 1597334673u;
  return (float(n >> 8) + 1.0) / 16777216.0;
}
vec3 gaussian3(vec3 cell) {
  float r = sqrt(-2.0 * log(hash13(cell)));
  float a = 6.2831853 * hash13(cell + 17.0);
  float b = 6.2831853 * hash13(cell + 31.0);
  float r2 = sqrt(-2.0 * log(hash13(cell + 53.0)));
  return vec3(r * cos(a), r * sin(a), r2 * cos(b));
}
// The latent voxel that holds pix, as a box [lo, hi) in pixels; part way through the pixels → latent
// transition (0 < k < 1) a cell of stride^k, so pixels grow into voxels. A causal first latent stands for
// frame 0 alone: the cells along t are shifted so that the first one ends after frame 0.
void latentCell(vec3 pix, float k, out vec3 lo, out vec3 hi) {
  vec3 size = pow(uStride, vec3(k));
  float shift = uCausal > 0.5 ? size.x - 1.0 : 0.0;
  lo = floor(vec3(pix.x + shift, pix.yz) / size) * size - vec3(shift, 0.0, 0.0);
  hi = lo + size;
  lo.x = max(lo.x, 0.0);
}
// Texture coordinate of pix, never past the middle of the last frame uploaded (the same texel as 1.0 once whole).
vec3 volumeCoord(vec3 pix) {
  vec3 n = clamp(pix / uInput, 0.0, 1.0);
  n.x = min(n.x, (uFramesPresent - 0.5) / uVolumeFrames);
  return n.zyx;
}
// The mean colour of a box of pixels: four trilinear taps at its quarter points, one in each quadrant of every
// face (a tetrahedron of the 2×2×2 quarter points), each the mean of the 2×2×2 texels around it, so a 4×8×8
// voxel is averaged over 32 of its pixels, spread evenly. One flat colour per latent voxel: nearer to what the
// encoder summarises than its centre pixel, and without its aliasing. Frame time in software WebGL at 1280×800
// (medians of 5-7): the centre pixel 850-950 ms, these four taps 12-22 % more, eight taps 25-28 % more.
vec3 boxMean(vec3 lo, vec3 hi) {
  vec3 a = mix(lo, hi, 0.25);
  vec3 b = mix(lo, hi, 0.75);
  return 0.25 * (texture(uVolume, volumeCoord(a)).rgb + texture(uVolume, volumeCoord(vec3(a.x, b.y, b.z))).rgb +
    texture(uVolume, volumeCoord(vec3(b.x, a.y, b.z))).rgb + texture(uVolume, volumeCoord(vec3(b.x, b.y, a.z))).rgb);
}
// The video at pix as a face shows it. Where a screen pixel covers more than a texel (a large input drawn small),
// four taps across the pixel's footprint average what falls in it, rather than one tap that lands by chance.
vec3 pixelsAt(vec3 pix) {
  vec3 uv = volumeCoord(pix);
  vec3 texels = vec3(textureSize(uVolume, 0));
  vec3 dx = dFdx(uv);
  vec3 dy = dFdy(uv);
  float footprint = max(length(dx * texels), length(dy * texels));
  if (footprint <= 1.5) return texture(uVolume, uv).rgb;
  dx *= 0.25;
  dy *= 0.25;
  return 0.25 * (texture(uVolume, uv - dx - dy).rgb + texture(uVolume, uv + dx - dy).rgb +
    texture(uVolume, uv - dx + dy).rgb + texture(uVolume, uv + dx + dy).rgb);
}
// The video at pix, with the forward diffusion process x_t = sqrt(abar)·x0 + sqrt(1-abar)·eps applied
// in [-1, 1] space. abar follows a cosine schedule of the noise level. Showing the latent, each voxel takes the
// mean colour of its pixels, and the noise is drawn per voxel (diffusion noises the latent, not the pixels).
vec3 videoAt(vec3 pix) {
  vec3 rgb;
  vec3 noiseCell = floor(pix);
  if (uLatent > 0.0) {
    vec3 lo, hi;
    latentCell(pix, uLatent, lo, hi);
    rgb = boxMean(lo, hi);
    noiseCell = floor(lo);
  } else {
    rgb = pixelsAt(pix);
  }
  if (uNoise <= 0.0) return rgb;
  float abar = pow(cos(uNoise * 1.5707963), 2.0);
  vec3 x0 = rgb * 2.0 - 1.0;
  vec3 xt = sqrt(abar) * x0 + sqrt(1.0 - abar) * gaussian3(noiseCell);
  return clamp(xt * 0.5 + 0.5, 0.0, 1.0);
}
// Diagonal stripes: padding and dropped regions are marked by pattern, not by colour alone.
float stripes(vec2 screen, float periodPx) {
  return step(0.5, fract((screen.x + screen.y) / periodPx));
}
`;

/** What every volume part's fragment shader starts with. */
export const FRAGMENT_COMMON = `${COMMON_UNIFORMS}${COMMON_FUNCTIONS}${SAMPLE_FUNCTIONS}`;
