// Which of a block's tokens the query attends to, from uniforms only (see attentionUniformData in
// src/model/attention-pattern.ts): per pass and axis, a NATTEN window or a causal rule. A block of tokens
// [lo, hi) gets, per pass, the share of its tokens that are keys, so a block is lit when any of them is.

export const ATTENTION_VERTEX = /* glsl */ `
uniform float uAttnPasses;   // 0: no highlight, 1, or 2 (factorised: spatial then temporal)
uniform vec3 uAttnQuery;     // the query token (t, y, x)
uniform vec3 uAttnKind0;     // pass 0, per axis: 0 window, 1 causal
uniform vec3 uAttnSize0;     // pass 0, per axis: window size, clamped to the grid
uniform vec3 uAttnKind1;
uniform vec3 uAttnSize1;
flat out vec2 vAttn;         // per pass, the share of the block's tokens that are keys

// Per axis, how many of [lo, hi) a window of size around q (shifted inward at borders) or k <= q holds.
vec3 attnOverlap(vec3 lo, vec3 hi, vec3 kind, vec3 size) {
  vec3 start = clamp(uAttnQuery - floor(size * 0.5), vec3(0.0), max(uGrid - size, vec3(0.0)));
  vec3 end = mix(start + size, uAttnQuery + 1.0, kind);
  start = mix(start, vec3(0.0), kind);
  return max(min(hi, end) - max(lo, start), vec3(0.0));
}
float attnShare(vec3 lo, vec3 hi, vec3 kind, vec3 size) {
  vec3 share = attnOverlap(lo, hi, kind, size) / max(hi - lo, vec3(1.0));
  return share.x * share.y * share.z;
}
void setAttention(vec3 lo, vec3 hi) {
  vAttn = vec2(0.0);
  if (uAttnPasses < 0.5) return;
  vAttn.x = attnShare(lo, hi, uAttnKind0, uAttnSize0);
  if (uAttnPasses > 1.5) vAttn.y = attnShare(lo, hi, uAttnKind1, uAttnSize1);
}
`;

export const ATTENTION_FRAGMENT = /* glsl */ `
uniform float uAttnPasses;
uniform vec3 uAttnColor0;    // factorised: the spatial pass
uniform vec3 uAttnColor1;    // factorised: the temporal pass
flat in vec2 vAttn;

// Keys keep their picture (a block with some keys, a little darker). The rest are drawn as a sparse grey
// screen door, one pixel in four, so the keys inside the volume show through it and the volume keeps its shape.
// Factorised tints each pass's keys in its own colour; the query, in both passes, in neither.
bool attentionHidden() {
  if (uAttnPasses < 0.5 || max(vAttn.x, vAttn.y) > 0.0) return false;
  ivec2 p = ivec2(gl_FragCoord.xy) % 2;
  return p.x + p.y != 0;
}
vec3 attentionColour(vec3 colour) {
  if (uAttnPasses < 0.5) return colour;
  float share = max(vAttn.x, vAttn.y);
  if (share <= 0.0) return vec3(0.35 + 0.3 * dot(colour, vec3(0.3, 0.59, 0.11)));
  colour *= mix(0.75, 1.0, share);
  if (uAttnPasses > 1.5 && (vAttn.x <= 0.0 || vAttn.y <= 0.0)) {
    colour = mix(colour, vAttn.x > 0.0 ? uAttnColor0 : uAttnColor1, 0.45);
  }
  return colour;
}
`;
