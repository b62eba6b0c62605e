// One instanced draw for every cube. The instance id alone says which block of tokens a cube is, so
// re-slicing changes uniforms and the instance count, never a buffer.
import { TILE_GAP } from '../line';
import { ATTENTION_FRAGMENT, ATTENTION_VERTEX } from './attention';
import { COMMON_FUNCTIONS, COMMON_UNIFORMS, FRAGMENT_COMMON } from './common';

export const CUBES_VERTEX = /* glsl */ `
${COMMON_UNIFORMS}
uniform vec3 uBlock;      // tokens per block (t, h, w)
uniform vec3 uBlocks;     // blocks per axis (t, h, w)
uniform vec3 uGap;        // world gap between neighbouring blocks at explode = 1 (x, y, z)
uniform float uSequence;  // 0: blocks in the volume, 1: blocks in a line, as words
uniform float uSeqTiles;  // in the sequence each token frame is a tile of its own; tiles per row (view/line.ts)
uniform vec2 uSeqSlots;   // the whole line's size in item slots (across, down)
uniform float uSeqPitch;  // world distance between items in the sequence
uniform float uPacked;    // 1: patch n' pack, the packed clips as one flat-coloured line (no volume)
uniform vec4 uPackEnds;   // items before the end of each packed clip (up to four clips)
uniform vec4 uPackRow0;   // first row of each packed clip: each clip starts a new row, a row apart
uniform vec2 uPackSlots;  // items per row, rows in all
uniform vec3 uKeepLo;     // a slice plane keeps pix in [uKeepLo, uKeepHi); cubes it cuts end on the plane
uniform vec3 uKeepHi;
${COMMON_FUNCTIONS}
${ATTENTION_VERTEX}
out vec3 vPix;
flat out vec3 vNormalPix;
flat out float vClip; // packed clip index, -1 when drawing the volume's own tokens

void main() {
  int id = gl_InstanceID;
  vClip = -1.0;
  if (uPacked > 0.5) {
    float index = float(id);
    int clip = index < uPackEnds.x ? 0 : index < uPackEnds.y ? 1 : index < uPackEnds.z ? 2 : 3;
    float local = index - (clip == 0 ? 0.0 : uPackEnds[clip - 1]);
    float row = floor(local / uPackSlots.x);
    float col = local - row * uPackSlots.x;
    row += uPackRow0[clip];
    vClip = float(clip);
    vPix = vec3(0.0);
    vNormalPix = vec3(-normal.z, -normal.y, normal.x);
    vec3 at = vec3((col - (uPackSlots.x - 1.0) * 0.5) * uSeqPitch, ((uPackSlots.y - 1.0) * 0.5 - row) * uSeqPitch, 0.0)
      + position * vec3(0.8, 0.8, 0.3) * uSeqPitch;
    gl_Position = projectionMatrix * modelViewMatrix * vec4(at, 1.0);
    return;
  }
  int bw = int(uBlocks.z);
  int bh = int(uBlocks.y);
  vec3 cell = vec3(float(id / (bw * bh)), float((id / bw) % bh), float(id % bw));
  vec3 tokStart = cell * uBlock;
  vec3 tokEnd = min(tokStart + uBlock, uGrid);
  setAttention(tokStart, tokEnd); // lights the query's keys (glsl/attention.ts)
  // Box vertices in 0..1 along (t, y, x): front face (+z) is the block's first frame, top (+y) is row 0.
  vec3 local = vec3(0.5 - position.z, 0.5 - position.y, position.x + 0.5);
  vec3 pixStart = pixOfToken(tokStart);
  vec3 pixEnd = pixOfToken(tokEnd);
  // While the clip decodes, cubes end at the last frame uploaded, as at a slice plane.
  vec3 keepHi = vec3(loading() ? min(uKeepHi.x, framesShown()) : uKeepHi.x, uKeepHi.yz);
  if (any(lessThanEqual(pixEnd, uKeepLo)) || any(greaterThanEqual(pixStart, keepHi))) {
    gl_Position = CULLED; // cut away
    return;
  }
  vec3 pix = clamp(pixOfToken(mix(tokStart, tokEnd, local)), uKeepLo, keepHi);
  vPix = pix;
  vNormalPix = vec3(-normal.z, -normal.y, normal.x);

  vec3 centre = (uBlocks - 1.0) * 0.5;
  vec3 spread = (cell - centre) * uExplode;
  vec3 inVolume = worldOfPix(pix) + vec3(spread.z * uGap.x, -spread.y * uGap.y, -spread.x * uGap.z);

  // Slot of this item in the line (as lineSlot in view/line.ts): tile = frame, rows = image rows.
  float tileCol = mod(cell.x, uSeqTiles);
  float tileRow = floor(cell.x / uSeqTiles);
  vec2 slot = vec2(tileCol * (uBlocks.z + ${TILE_GAP.x.toFixed(1)}) + cell.z, tileRow * (uBlocks.y + ${TILE_GAP.y.toFixed(1)}) + cell.y);
  vec3 blockWorld = abs(worldOfPix(pixEnd) - worldOfPix(pixStart));
  // In the line each item shows its first frame to the reader: the face fills most of its slot, and a
  // long stretch of time is cut short in depth so it does not hide the face behind it.
  vec3 itemSize = blockWorld * (0.8 * uSeqPitch / max(blockWorld.x, blockWorld.y));
  itemSize.z = min(itemSize.z, 0.8 * uSeqPitch);
  vec3 inLine = vec3((slot.x - (uSeqSlots.x - 1.0) * 0.5) * uSeqPitch, ((uSeqSlots.y - 1.0) * 0.5 - slot.y) * uSeqPitch, 0.0)
    + (vec3(local.z, 1.0 - local.y, 1.0 - local.x) - 0.5) * itemSize;

  gl_Position = projectionMatrix * modelViewMatrix * vec4(mix(inVolume, inLine, uSequence), 1.0);
}
`;

export const CUBES_FRAGMENT = /* glsl */ `
${FRAGMENT_COMMON}
${ATTENTION_FRAGMENT}
uniform vec3 uSelected;   // selected token (t, y, x); -1 when none
uniform vec3 uPadColor;
uniform vec3 uLineColor;
uniform vec3 uSelectColor;
uniform vec3 uPackColors[4]; // as the packing bar's segments (ui/packing.ts)
in vec3 vPix;
flat in vec3 vNormalPix;
flat in float vClip;

// The cut lines of a grid of unit cells in coord, on the axes of a face (inPlane), widthPx each side of the
// line, anti-aliased. With fade 1, lines of cells under FULL_CELL_PX on screen fade, and under FADED_CELL_PX
// vanish: a grid finer than a few pixels would only alias into glitter and hide the clip.
const float FADED_CELL_PX = 3.0;
const float FULL_CELL_PX = 8.0;
float lineMask(vec3 coord, vec3 inPlane, float widthPx, float fade) {
  vec3 perPx = max(fwidth(coord), vec3(1e-6));
  vec3 dist = abs(fract(coord + 0.5) - 0.5) / perPx; // screen pixels to the nearest line
  vec3 cover = clamp(widthPx + 0.5 - dist, 0.0, 1.0);
  vec3 shown = mix(vec3(1.0), smoothstep(FADED_CELL_PX, FULL_CELL_PX, 1.0 / perPx), fade);
  vec3 hit = cover * shown * inPlane;
  return max(hit.x, max(hit.y, hit.z));
}

void main() {
  if (vClip >= 0.0) {
    vec3 n = abs(vNormalPix);
    gl_FragColor = vec4(uPackColors[int(vClip)] * (n.x > 0.5 ? 1.0 : (n.y > 0.5 ? 0.9 : 0.78)), 1.0);
    return;
  }
  if (attentionHidden()) discard; // lets the query's keys show through the rest (glsl/attention.ts)
  vec3 inside = vPix - vNormalPix * 0.5; // half a voxel inside the face, so faces show their own pixels
  bool padding = any(lessThan(inside, vec3(0.0))) || any(greaterThanEqual(inside, uInput));
  vec3 colour = videoAt(inside);
  if (padding) {
    colour = mix(uPadColor, uPadColor * 0.55, stripes(gl_FragCoord.xy, 10.0));
  }
  vec3 n = abs(vNormalPix);
  colour *= n.x > 0.5 ? 1.0 : (n.y > 0.5 ? 0.9 : 0.78);

  vec3 inPlane = 1.0 - n;
  if (uLatent > 0.0) {
    vec3 voxel = vec3(latentOfFrame(vPix.x), vPix.yz / uStride.yz);
    colour = mix(colour, uLineColor, 0.35 * uLatent * lineMask(voxel, inPlane, 0.35, 1.0));
  }
  vec3 tok = tokenOfPix(vPix);
  colour = mix(colour, uLineColor, 0.6 * lineMask(tok, inPlane, mix(0.5, 0.9, uLatent), 1.0));
  colour = attentionColour(colour);

  if (all(equal(floor(tokenOfPix(inside)), uSelected))) {
    float edge = lineMask(tok, inPlane, 2.5, 0.0);
    colour = mix(mix(colour, uSelectColor, 0.25), uSelectColor, edge);
  }
  gl_FragColor = vec4(colour, 1.0);
}
`;
