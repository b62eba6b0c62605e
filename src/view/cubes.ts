// The volume cut into cubes: one instanced draw, positions computed on the GPU from the instance id.
import { BoxGeometry, Color, type IUniform, Vector2, Vector3, Vector4 } from 'three';
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
import { COLOURS, PACK_COLOURS } from './theme';

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
  /** Whether the line shows the packed clips (flat-coloured, nothing to pick or label per token). */
  packed(): boolean;
}

type CubesUniforms = VolumeUniforms & {
  uBlock: IUniform<Vector3>;
  uBlocks: IUniform<Vector3>;
  uGap: IUniform<Vector3>;
  uSequence: IUniform<number>;
  uSeqTiles: IUniform<number>;
  uSeqSlots: IUniform<Vector2>;
  uSeqPitch: IUniform<number>;
  uPacked: IUniform<number>;
  uPackEnds: IUniform<Vector4>;
  uPackRow0: IUniform<Vector4>;
  uPackSlots: IUniform<Vector2>;
  uPackColors: IUniform<Color[]>;
  uKeepLo: IUniform<Vector3>;
  uKeepHi: IUniform<Vector3>;
  uSelected: IUniform<Vector3>;
  uPadColor: IUniform<Color>;
  uLineColor: IUniform<Color>;
  uSelectColor: IUniform<Color>;
  uAttnPasses: IUniform<number>;
  uAttnQuery: IUniform<Vector3>;
  uAttnKind0: IUniform<Vector3>;
  uAttnSize0: IUniform<Vector3>;
  uAttnKind1: IUniform<Vector3>;
  uAttnSize1: IUniform<Vector3>;
  uAttnColor0: IUniform<Color>;
  uAttnColor1: IUniform<Color>;
};

const SEQUENCE_WIDTH_WORLD = 3.2; // the token line's widest extent
const SEQUENCE_HEIGHT_WORLD = 1.6; // and its tallest
const PACK_ASPECT = 2; // packed line: items across per item down, about
const FAR_PX = 1e9; // stands for "not cut" in the shader's keep range

/** The slice's keep range as shader vectors (t, y, x). */
function setKeep(lo: Vector3, hi: Vector3, cut: Cut | null): void {
  const bound = (n: number) => Math.max(-FAR_PX, Math.min(FAR_PX, n));
  const keep = cut?.keep;
  lo.set(bound(keep?.t[0] ?? -FAR_PX), bound(keep?.h[0] ?? -FAR_PX), bound(keep?.w[0] ?? -FAR_PX));
  hi.set(bound(keep?.t[1] ?? FAR_PX), bound(keep?.h[1] ?? FAR_PX), bound(keep?.w[1] ?? FAR_PX));
}

/** The query's keys, lit by the shader (glsl/attention.ts): uniforms only, like a re-slice. */
function setAttention(u: CubesUniforms, input: SceneInput): void {
  const { attention, selected } = input;
  u.uAttnPasses.value = attention && selected ? attention.passes : 0;
  if (!attention || !selected) return;
  u.uAttnQuery.value.set(selected.t, selected.y, selected.x);
  const [k0, k1] = attention.kinds;
  const [s0, s1] = attention.sizes;
  u.uAttnKind0.value.set(k0.t, k0.h, k0.w);
  u.uAttnKind1.value.set(k1.t, k1.h, k1.w);
  u.uAttnSize0.value.set(s0.t, s0.h, s0.w);
  u.uAttnSize1.value.set(s1.t, s1.h, s1.w);
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
    uPacked: { value: 0 },
    uPackEnds: { value: new Vector4() },
    uPackRow0: { value: new Vector4() },
    uPackSlots: { value: new Vector2(1, 1) },
    uPackColors: { value: PACK_COLOURS.map((c) => new Color(c)) },
    uKeepLo: { value: new Vector3(-FAR_PX, -FAR_PX, -FAR_PX) },
    uKeepHi: { value: new Vector3(FAR_PX, FAR_PX, FAR_PX) },
    uSelected: { value: new Vector3(-1, -1, -1) },
    uPadColor: { value: new Color(COLOURS.padding) },
    uLineColor: { value: new Color(COLOURS.cutLine) },
    uSelectColor: { value: new Color(COLOURS.selection) },
    uAttnPasses: { value: 0 },
    uAttnQuery: { value: new Vector3() },
    uAttnKind0: { value: new Vector3() },
    uAttnSize0: { value: new Vector3() },
    uAttnKind1: { value: new Vector3() },
    uAttnSize1: { value: new Vector3() },
    uAttnColor0: { value: new Color(COLOURS.attnSpatial) },
    uAttnColor1: { value: new Color(COLOURS.attnTemporal) },
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
    const packedItems = input.packed?.length ? setPacked(input.packed) : 0;
    u.uPacked.value = packedItems > 0 ? 1 : 0;
    setAttention(u, input);
    // While the clip decodes, only the blocks up to its last frame uploaded are drawn (the one after too, for a
    // causal VAE's shorter first frame): the others would be culled one vertex at a time, and in software
    // WebGL the first picture's vertices would cost as much as the whole clip's. Blocks go in t-major order.
    const shownT =
      volume && volume.present < volume.frames
        ? Math.min(blocks.t, Math.ceil((tok.input.t * volume.present) / volume.frames / blockPx.t) + 1)
        : blocks.t;
    geometry.instanceCount = volume ? packedItems || shownT * blocks.h * blocks.w : 0;
    mesh.visible = input.view !== 'stack' && count > 0 && volume !== null;
  }

  /** Lay the packed clips out as one line (each clip from a new row); returns the items drawn. */
  function setPacked(tokens: readonly number[]): number {
    const clips = tokens.slice(0, 4);
    const total = clips.reduce((a, b) => a + b, 0);
    const chunk = Math.max(1, Math.ceil(total / MAX_DRAWN_BLOCKS)); // tokens per drawn item
    const items = clips.map((n) => Math.ceil(n / chunk));
    const all = items.reduce((a, b) => a + b, 0);
    const cols = Math.max(1, Math.ceil(Math.sqrt(all * PACK_ASPECT)));
    let row = 0;
    let end = 0;
    items.forEach((n, i) => {
      u.uPackRow0.value.setComponent(i, row);
      end += n;
      u.uPackEnds.value.setComponent(i, end);
      row += Math.ceil(n / cols) + 1; // a blank row marks the boundary
    });
    for (let i = items.length; i < 4; i++) u.uPackEnds.value.setComponent(i, end);
    const rows = row - 1;
    u.uPackSlots.value.set(cols, rows);
    u.uSeqPitch.value = Math.min(SEQUENCE_WIDTH_WORLD / cols, SEQUENCE_HEIGHT_WORLD / rows);
    return all;
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
    packed: () => u.uPacked.value > 0,
    update,
    dispose: draw.dispose,
  };
}
