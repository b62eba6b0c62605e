// Where the nominal input volume sits in world space. Axis convention: pixel x → world +X,
// pixel row y → world −Y (row 0 at the top), frame t → world −Z (frame 0 in front, time runs away).
import { Vector3 } from 'three';
import { FRAME_DEPTH_WORLD, MAX_DEPTH_WORLD, WORLD_SIZE } from '../config';
import type { Dims } from '../model/grid';
import { type TokenPos, positionOf } from '../model/sequence';

/** World size of the nominal input as a Vector3 (x: width, y: height, z: duration). */
export function worldSize(input: Dims, target = new Vector3()): Vector3 {
  const scale = WORLD_SIZE / Math.max(input.w, input.h);
  const depth = Math.max(FRAME_DEPTH_WORLD, Math.min(MAX_DEPTH_WORLD, input.t * FRAME_DEPTH_WORLD));
  return target.set(input.w * scale, input.h * scale, depth);
}

/** The first token of drawn block `index` (blocks in sequence order, `block` tokens each). */
export function blockStart(index: number, block: Dims, blocks: Dims): TokenPos {
  const b = positionOf(index, blocks);
  return { t: b.t * block.t, y: b.y * block.h, x: b.x * block.w };
}
