// The leftovers that crop drops, drawn as translucent striped slabs beyond the last cubes.
import { COMMON_FUNCTIONS, COMMON_UNIFORMS, FRAGMENT_COMMON } from './common';

export const GHOST_VERTEX = /* glsl */ `
${COMMON_UNIFORMS}
uniform vec3 uKept;      // (t, y, x) extent the tokens cover
uniform vec3 uBlocks;
uniform vec3 uGap;
in vec3 aMin;            // slab corners, (t, y, x) in pixels
in vec3 aMax;
${COMMON_FUNCTIONS}
out vec3 vPix;
flat out vec3 vNormalPix;

void main() {
  vec3 local = vec3(0.5 - position.z, 0.5 - position.y, position.x + 0.5);
  vec3 hi = vec3(loading() ? min(aMax.x, framesShown()) : aMax.x, aMax.yz);
  if (any(lessThanEqual(hi, aMin))) {
    gl_Position = CULLED; // not decoded yet
    return;
  }
  vec3 pix = mix(aMin, hi, local);
  vPix = pix;
  vNormalPix = vec3(-normal.z, -normal.y, normal.x);
  // Follow the exploded cubes: the same linear map that sends 0 and the kept edge to the outer faces
  // of the first and last blocks, continued past it.
  vec3 spread = ((pix / max(uKept, vec3(1e-6))) * (uBlocks - 1.0) - (uBlocks - 1.0) * 0.5) * uExplode;
  vec3 world = worldOfPix(pix) + vec3(spread.z * uGap.x, -spread.y * uGap.y, -spread.x * uGap.z);
  gl_Position = projectionMatrix * modelViewMatrix * vec4(world, 1.0);
}
`;

export const GHOST_FRAGMENT = /* glsl */ `
${FRAGMENT_COMMON}
uniform vec3 uDropColor;
in vec3 vPix;
flat in vec3 vNormalPix;

void main() {
  vec3 video = videoAt(vPix - vNormalPix * 0.5);
  float grey = dot(video, vec3(0.299, 0.587, 0.114));
  vec3 colour = mix(vec3(grey), uDropColor, 0.55 * stripes(gl_FragCoord.xy, 8.0));
  gl_FragColor = vec4(colour, 0.55);
}
`;
