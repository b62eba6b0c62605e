// What the page shows for one app state, worked out once: the counts, the selection, the cut, and the models
// each part of the page draws from. Pure: main.ts hands the parts to the view and the UI.
import { type Point, tokenAtPoint } from '../model/detail';
import { attentionUniformData } from '../model/attention-pattern';
import { coverage } from '../model/extent';
import { presetAttention } from '../model/preset-attention';
import { type Dims, type Tokenizer, tokenGrid, volumeOf } from '../model/grid';
import { type Packing, pack } from '../model/packing';
import type { Preset } from '../model/preset-types';
import { type PresetNote, type PresetTokens, presetTokenizer } from '../model/preset-grid';
import { type RuleViolation, checkSize } from '../model/rules';
import { type TokenPos, inGrid, indexOf } from '../model/sequence';
import { type Cut, type Slice, cutOf } from '../model/slice';
import type { AppState } from './app';
import { BUNDLED_CLIPS, findBundledClip } from './clips';
import { type Selection, nominalInput, shownToken, tokenizerOf } from './derive';
import { HIDEABLE, type Hideable, type View } from './params';
import { activePreset } from './presets';
import { type TourChange, tourChange } from './tour-change';

/** What the 3D view draws (the view's SceneInput). */
export interface Scene {
  readonly tok: Tokenizer;
  readonly grid: Dims;
  readonly kept: Dims;
  readonly view: View;
  readonly explode: number;
  readonly noise: number;
  readonly latent: number; // 0: pixels, 1: the latent
  readonly sequence: number; // 0: cubes in the volume, 1: cubes in a line
  readonly selected: TokenPos | null;
  readonly cut: Cut | null;
  /** Patch n' pack in the sequence view: tokens of each packed clip, in order; null when not packing. */
  readonly packed: readonly number[] | null;
  /** Lights the selected token's keys in the cubes (see attentionUniformData); null for full attention. */
  readonly attention: {
    readonly passes: 1 | 2;
    readonly kinds: readonly [Dims, Dims];
    readonly sizes: readonly [Dims, Dims];
  } | null;
  /** The preset's text tokens, marked by the token sequence; null without a preset or text. */
  readonly text: { readonly kind: 'joint' | 'cross'; readonly tokens: number } | null;
}

/** A preset's text tokens: joint ones join the sequence, cross ones enter as keys and values only. */
function textOf(preset: Preset | null): Scene['text'] {
  const a = preset ? presetAttention(preset.id) : undefined;
  return a && a.text !== 'none' && a.textTokens > 0 ? { kind: a.text, tokens: a.textTokens } : null;
}

/** What the cubes need to light the query's keys: nothing for `full` (every cube is a key), so it looks as before. */
function highlightOf(params: AppState['params'], grid: Dims): Scene['attention'] {
  if (params.attn === 'full') return null;
  const { passes, kinds, sizes } = attentionUniformData({ pattern: params.attn, window: params.window }, grid);
  return { passes, kinds, sizes };
}

export interface PageModel {
  readonly input: Dims | null; // the nominal input; null while a linked clip's size is unknown
  readonly tok: Tokenizer | null; // what the view draws
  readonly preset: Preset | null; // the preset in use, its tokenizer intact
  /** The preset's own count (its padding, chunking), when a preset is in use. */
  readonly exact: PresetTokens | null;
  readonly grid: Dims | null; // the preset's grid where there is one, else the view's
  readonly count: number;
  readonly selection: (Selection & { readonly hovered: boolean }) | null;
  readonly scene: Scene | null;
  /** The slice figure, less its pixels (those come from the clip on screen). */
  readonly section: {
    readonly slice: Slice;
    readonly cut: Cut;
    readonly tok: Tokenizer;
    readonly kept: Dims;
    readonly selected: TokenPos | null;
    readonly cubesView: boolean;
    readonly latent: boolean;
  } | null;
  readonly modelInfo: {
    readonly preset: Preset | null;
    readonly grid: Dims | null;
    readonly videoTokens: number;
    readonly violations: readonly RuleViolation[];
    readonly notes: readonly PresetNote[];
  };
  readonly packing: Packing | null;
  /** What the text alternative of the 3D view says. */
  readonly description: {
    readonly clipLabel: string;
    readonly view: View;
    readonly grid: Dims | null;
    readonly count: number;
    readonly selected: Selection | null;
    readonly cut: Cut | null;
  };
  readonly hidden: readonly Hideable[]; // parts an embed hides
  /** The tour's line beside the count: what this step changed, and by how much. */
  readonly tourChange: TourChange | null;
}

/** The token selected when a link names none: the one at the clip's point of most detail, else the first. */
export function autoToken(tok: Tokenizer, detail: Point | null): number {
  return detail ? indexOf(tokenAtPoint(tok, detail), tokenGrid(tok)) : 0;
}

/** `detail` finds where the clip on screen has detail, for the default token (null: no clip on screen yet). */
export function pageModel(
  state: Pick<AppState, 'params' | 'clip' | 'hover'>,
  detail: (input: Dims) => Point | null = () => null,
): PageModel {
  const { params } = state;
  const input = nominalInput(params, state.clip);
  const tok = input ? tokenizerOf(params, input) : null;
  const preset = activePreset(params);
  const exact = preset && input ? presetTokenizer(preset, input) : null;
  const grid = exact?.grid ?? (tok ? tokenGrid(tok) : null);
  const count = grid ? volumeOf(grid) : 0;
  const selection = tok ? shownToken(state, tok, autoToken(tok, detail(tok.input))) : null;
  const cut = input ? cutOf(params.slice, params.at, input) : null;
  const viewCut = params.view === 'cubes' ? cut : null; // the 3D view cuts the cubes only
  const kept = tok ? coverage(tok).kept : null;
  const selected = selection?.pos ?? null;
  const latent = params.space === 'latent';
  const packing =
    params.pack && tok
      ? pack(
          BUNDLED_CLIPS.map((c) => ({ id: c.id, input: { t: c.frames, h: c.heightPx, w: c.widthPx } })),
          tok,
        )
      : null;
  return {
    input,
    tok,
    preset,
    exact,
    grid,
    count,
    selection,
    scene:
      tok && kept
        ? {
            tok,
            grid: tokenGrid(tok),
            kept,
            view: params.view,
            explode: params.explode,
            noise: params.noise,
            latent: latent ? 1 : 0,
            sequence: params.view === 'sequence' ? 1 : 0,
            selected,
            cut: viewCut,
            packed: packing && params.view === 'sequence' ? packing.clips.map((c) => c.tokens) : null,
            attention: highlightOf(params, tokenGrid(tok)),
            text: textOf(preset),
          }
        : null,
    section:
      tok && kept && cut
        ? { slice: params.slice, cut, tok, kept, selected, cubesView: params.view === 'cubes', latent }
        : null,
    modelInfo: {
      preset,
      grid,
      videoTokens: count,
      violations: preset && input ? checkSize(preset, input) : [],
      notes: exact?.notes ?? [],
    },
    packing,
    description: {
      clipLabel: state.clip?.label ?? findBundledClip(params.clip)?.label ?? 'the clip',
      view: params.view,
      grid,
      count,
      selected: selection,
      cut: viewCut,
    },
    hidden: params.embed ? HIDEABLE.filter((part) => params.hide.includes(part)) : [],
    tourChange: input ? tourChange(params.step, input, params) : null,
  };
}

/** The token at `pos`, clamped into the grid: a click or a key never selects past the edge. */
export function clampedIndex(pos: TokenPos, grid: Dims): number {
  const clampTo = (n: number, size: number) => Math.min(size - 1, Math.max(0, n));
  return indexOf({ t: clampTo(pos.t, grid.t), y: clampTo(pos.y, grid.h), x: clampTo(pos.x, grid.w) }, grid);
}

/** The token under the pointer, or null off the grid. */
export function hoveredIndex(pos: TokenPos | null, tok: Tokenizer | null): number | null {
  const grid = tok ? tokenGrid(tok) : null;
  return pos && grid && inGrid(pos, grid) ? indexOf(pos, grid) : null;
}
