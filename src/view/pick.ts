// Which token is under the pointer. The ray is stepped through the (exploded) block grid with the same
// mapping the shaders use, so the cost depends on the grid's side lengths, never on the token count.
import { type Camera, type Ray, Raycaster, Vector2, Vector3 } from 'three';
import { latentFrameStart } from '../model/extent';
import { type Dims, type Tokenizer } from '../model/grid';
import type { TokenPos } from '../model/sequence';
import type { Cut } from '../model/slice';
import type { CubesLayout } from './cubes';
import { blockStart, worldSize } from './layout';
import { type TileLayout, lineItemAt } from './line';
import type { SceneInput } from './scene-input';

export interface PickLayout {
  readonly tok: Tokenizer;
  readonly grid: Dims;
  readonly block: Dims;
  readonly blocks: Dims;
  readonly world: Vector3; // world size of the nominal input (x: W, y: H, z: T)
  readonly gap: Vector3; // world gap between blocks at explode = 1
  readonly explode: number;
  readonly cut: Cut | null; // a slice plane: only what it keeps can be picked
}

/** Token coordinate (fractional) → pixel coordinate, per axis, as pixOfToken in the shaders. */
function pixOfToken(tok: Tokenizer, axis: 't' | 'h' | 'w', n: number): number {
  if (axis === 't') {
    const k = n * tok.patch.t;
    const whole = Math.floor(k);
    const start = latentFrameStart(whole, tok.vae.t, tok.causal);
    return start + (latentFrameStart(whole + 1, tok.vae.t, tok.causal) - start) * (k - whole);
  }
  return n * tok.vae[axis] * tok.patch[axis];
}

/** World coordinate along one axis → token index on that axis, or null when in a gap or outside. */
function tokenOnAxis(layout: PickLayout, axis: 't' | 'h' | 'w', world: number): number | null {
  const { tok, grid, block, blocks, explode } = layout;
  const size = axis === 'w' ? layout.world.x : axis === 'h' ? layout.world.y : layout.world.z;
  const gap = (axis === 'w' ? layout.gap.x : axis === 'h' ? layout.gap.y : layout.gap.z) * explode;
  const input = tok.input[axis];
  // Along h and t, world coordinates run against pixel coordinates (row 0 at the top, frame 0 in front).
  const along = axis === 'w' ? world : -world;
  const centre = (blocks[axis] - 1) / 2;
  for (let b = 0; b < blocks[axis]; b++) {
    const offset = (b - centre) * gap;
    const first = b * block[axis];
    const last = Math.min(first + block[axis], grid[axis]);
    const lo = (pixOfToken(tok, axis, first) / input - 0.5) * size + offset;
    const hi = (pixOfToken(tok, axis, last) / input - 0.5) * size + offset;
    if (along < lo || along >= hi) continue;
    const [keepLo, keepHi] = layout.cut?.keep[axis] ?? [-Infinity, Infinity];
    const pix = ((along - offset) / size + 0.5) * input;
    if (pix < keepLo || pix >= keepHi) return null;
    for (let i = first; i < last; i++) {
      const end = (pixOfToken(tok, axis, i + 1) / input - 0.5) * size + offset;
      if (along < end) return i;
    }
  }
  return null;
}

const _point = new Vector3();

/** The first token the ray enters in the volume layout, or null. */
export function pickInVolume(ray: Ray, layout: PickLayout): TokenPos | null {
  const { world, gap, blocks, explode } = layout;
  const half = new Vector3(
    world.x / 2 + (blocks.w * gap.x * explode) / 2,
    world.y / 2 + (blocks.h * gap.y * explode) / 2,
    world.z / 2 + (blocks.t * gap.z * explode) / 2,
  ).multiplyScalar(1.25); // padded cubes reach past the input
  const reach = half.length() * 2 + ray.origin.length();
  const smallest = Math.min(
    (world.x * layout.tok.vae.w * layout.tok.patch.w) / layout.tok.input.w,
    (world.y * layout.tok.vae.h * layout.tok.patch.h) / layout.tok.input.h,
    world.z / layout.tok.input.t, // one frame: the causal first slab is that thin
  );
  const step = Math.max(smallest / 4, reach / 20_000);
  for (let s = 0; s < reach; s += step) {
    ray.at(s, _point);
    if (Math.abs(_point.x) > half.x || Math.abs(_point.y) > half.y || Math.abs(_point.z) > half.z) continue;
    const x = tokenOnAxis(layout, 'w', _point.x);
    const y = x === null ? null : tokenOnAxis(layout, 'h', _point.y);
    const t = y === null ? null : tokenOnAxis(layout, 't', _point.z);
    if (x !== null && y !== null && t !== null) return { t, y, x };
  }
  return null;
}

export interface SequenceLayout {
  readonly line: TileLayout;
  readonly blocks: Dims; // items per axis
  readonly pitch: number; // world units between items
}

/** The item under the ray in the sequence layout (items centred on z = 0), as a block index, or null. */
export function pickInSequence(ray: Ray, seq: SequenceLayout): number | null {
  if (Math.abs(ray.direction.z) < 1e-9) return null;
  const s = -ray.origin.z / ray.direction.z;
  if (s < 0) return null;
  ray.at(s, _point);
  return lineItemAt(_point.x / seq.pitch, _point.y / seq.pitch, seq.blocks, seq.line);
}

const _world = new Vector3();

/** The token under the ray as the cubes are drawn: in the line once they are half way into it. */
export function pickToken(ray: Ray, input: SceneInput, sequence: number, drawn: CubesLayout): TokenPos | null {
  if (input.view === 'stack') return null;
  const { block, blocks, gap, line, pitch } = drawn;
  if (sequence >= 0.5) {
    const index = pickInSequence(ray, { line, pitch, blocks });
    return index === null ? null : blockStart(index, block, blocks);
  }
  const world = worldSize(input.tok.input, _world);
  const { tok, grid, explode, cut } = input;
  return pickInVolume(ray, { tok, grid, block, blocks, world, gap, explode, cut });
}

const _raycaster = new Raycaster();
const _ndc = new Vector2();

/** The token under a point of the canvas (CSS pixels from its top-left), seen through `camera`. */
export function pickOnCanvas(
  canvas: HTMLCanvasElement,
  camera: Camera,
  at: { xCss: number; yCss: number },
  input: SceneInput,
  sequence: number,
  drawn: CubesLayout,
): TokenPos | null {
  const rect = canvas.getBoundingClientRect();
  _raycaster.setFromCamera(_ndc.set((at.xCss / rect.width) * 2 - 1, 1 - (at.yCss / rect.height) * 2), camera);
  return pickToken(_raycaster.ray, input, sequence, drawn);
}
