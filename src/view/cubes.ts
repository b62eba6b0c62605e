// The volume cut into cubes: one instanced draw, positions computed on the GPU from the instance id.
import { BoxGeometry, Color, type IUniform, Vector2, Vector3 } from 'three';
import { MAX_DRAWN_BLOCKS } from '../config';
import { blockCount, blockSize } from '../model/blocks';
import type { Dims } from '../model/grid';
import type { Cut } from '../model/slice';
import { CUBES_FRAGMENT, CUBES_VERTEX } from './glsl/cubes';
import { createInstancedDraw, type VolumePart } from './instanced';
import { type TileLayout, tileLayout } from './line';
import type { SceneInput } from './scene-input';
import { setVolumeUniforms, type VolumeUniforms, volumeUniforms } from './uniforms';
import type { VolumeOnScreen } from './volume';
import { COLOURS } from './theme';

/** Tokens per drawn block (1×1×1 unless the grid exceeds MAX_DRAWN_BLOCKS), blocks per axis, world gaps. */
export interface CubesLayout {
  readonly block: Dims;
  readonly blocks: Dims;
  readonly gap: Vector3;
  readonly line: TileLayout; // how the sequence tiles its frames
  readonly pitch: number; // world units between items of the sequence
}

export interface CubesPart extends VolumePart {
  layout(): CubesLayout;
}

type CubesUniforms = VolumeUniforms & {
  uBlock: IUniform<Vector3>;
  uBlocks: IUniform<Vector3>;
  uGap: IUniform<Vector3>;
  uSequence: IUniform<number>;
  uSeqTiles: IUniform<number>;
  uSeqSlots: IUniform<Vector2>;
  uSeqPitch: IUniform<number>;
  uKeepLo: IUniform<Vector3>;
  uKeepHi: IUniform<Vector3>;
  uSelected: IUniform<Vector3>;
  uPadColor: IUniform<Color>;
  uLineColor: IUniform<Color>;
  uSelectColor: IUniform<Color>;
};

const SEQUENCE_WIDTH_WORLD = 3.2; // the token line's widest extent
const SEQUENCE_HEIGHT_WORLD = 1.6; // and its tallest
const FAR_PX = 1e9; // stands for "not cut" in the shader's keep range

/** The slice's keep range as shader vectors (t, y, x). */
function setKeep(lo: Vector3, hi: Vector3, cut: Cut | null): void {
  const bound = (n: number) => Math.max(-FAR_PX, Math.min(FAR_PX, n));
  const keep = cut?.keep;
  lo.set(bound(keep?.t[0] ?? -FAR_PX), bound(keep?.h[0] ?? -FAR_PX), bound(keep?.w[0] ?? -FAR_PX));
  hi.set(bound(keep?.t[1] ?? FAR_PX), bound(keep?.h[1] ?? FAR_PX), bound(keep?.w[1] ?? FAR_PX));
}

export function createCubes(): CubesPart {
  const u: CubesUniforms = {
    ...volumeUniforms(),
    uBlock: { value: new Vector3(1, 1, 1) },
    uBlocks: { value: new Vector3(1, 1, 1) },
    uGap: { value: new Vector3() },
    uSequence: { value: 0 },
    uSeqTiles: { value: 1 },
    uSeqSlots: { value: new Vector2(1, 1) },
    uSeqPitch: { value: 0.1 },
    uKeepLo: { value: new Vector3(-FAR_PX, -FAR_PX, -FAR_PX) },
    uKeepHi: { value: new Vector3(FAR_PX, FAR_PX, FAR_PX) },
    uSelected: { value: new Vector3(-1, -1, -1) },
    uPadColor: { value: new Color(COLOURS.padding) },
    uLineColor: { value: new Color(COLOURS.cutLine) },
    uSelectColor: { value: new Color(COLOURS.selection) },
  };
  const draw = createInstancedDraw(new BoxGeometry(1, 1, 1), {
    vertexShader: CUBES_VERTEX,
    fragmentShader: CUBES_FRAGMENT,
    uniforms: u,
  });
  const { geometry, mesh } = draw;
  let block: Dims = { t: 1, h: 1, w: 1 };
  let blocks: Dims = block;
  let line: TileLayout = tileLayout(blocks);

  function update(input: SceneInput, volume: VolumeOnScreen | null): void {
    const { tok, grid } = input;
    block = blockSize(grid, MAX_DRAWN_BLOCKS);
    blocks = blockCount(grid, block);
    const count = blocks.t * blocks.h * blocks.w;
    const world = setVolumeUniforms(u, input, volume);
    u.uBlock.value.set(block.t, block.h, block.w);
    u.uBlocks.value.set(blocks.t, blocks.h, blocks.w);
    // Gaps scale with the block so the exploded volume keeps its proportions.
    const blockPx = {
      t: tok.vae.t * tok.patch.t * block.t,
      h: u.uTokPx.value.x * block.h,
      w: u.uTokPx.value.y * block.w,
    };
    u.uGap.value.set(
      (1.2 * world.x * blockPx.w) / tok.input.w,
      (1.2 * world.y * blockPx.h) / tok.input.h,
      Math.min((1.2 * world.z * blockPx.t) / tok.input.t, 0.3),
    );
    u.uSequence.value = input.sequence;
    line = tileLayout(blocks);
    u.uSeqTiles.value = line.tiles;
    u.uSeqSlots.value.set(line.width, line.height);
    u.uSeqPitch.value = Math.min(SEQUENCE_WIDTH_WORLD / line.width, SEQUENCE_HEIGHT_WORLD / line.height);
    setKeep(u.uKeepLo.value, u.uKeepHi.value, input.cut);
    const s = input.selected;
    u.uSelected.value.set(s ? s.t : -1, s ? s.y : -1, s ? s.x : -1);
    geometry.instanceCount = volume ? count : 0;
    mesh.visible = input.view !== 'stack' && count > 0 && volume !== null;
  }

  return {
    object: mesh,
    layout: () => ({
      block,
      blocks,
      gap: u.uGap.value,
      line,
      pitch: u.uSeqPitch.value,
    }),
    update,
    dispose: draw.dispose,
  };
}
