// The frames as a stack of translucent planes you can see into, drawn back to front in one instanced draw.
import { COMMON_FUNCTIONS, COMMON_UNIFORMS, FRAGMENT_COMMON } from './common';

export const STACK_VERTEX = /* glsl */ `
${COMMON_UNIFORMS}
uniform float uPlanes;    // planes drawn
uniform float uFlip;      // 1: draw the last frame first (camera in front)
uniform float uGapZ;      // extra world spacing between planes at explode = 1
${COMMON_FUNCTIONS}
out vec3 vPix;
out vec2 vUv;

void main() {
  float i = uFlip > 0.5 ? uPlanes - 1.0 - float(gl_InstanceID) : float(gl_InstanceID);
  float frame = floor((i + 0.5) * uInput.x / uPlanes) + 0.5;
  if (frame >= framesShown()) {
    gl_Position = CULLED; // not decoded yet
    return;
  }
  vUv = position.xy + 0.5;
  vPix = vec3(frame, (1.0 - vUv.y) * uInput.y, vUv.x * uInput.z);
  vec3 world = worldOfPix(vPix);
  world.z -= (i - (uPlanes - 1.0) * 0.5) * uGapZ * uExplode;
  gl_Position = projectionMatrix * modelViewMatrix * vec4(world, 1.0);
}
`;

export const STACK_FRAGMENT = /* glsl */ `
${FRAGMENT_COMMON}
uniform vec3 uEdgeColor;
in vec3 vPix;
in vec2 vUv;

void main() {
  vec3 colour = videoAt(vPix);
  vec2 edge = min(vUv, 1.0 - vUv) / max(fwidth(vUv), vec2(1e-6));
  float border = step(min(edge.x, edge.y), 1.2);
  gl_FragColor = vec4(mix(colour, uEdgeColor, border), mix(0.82, 1.0, border));
}
`;
