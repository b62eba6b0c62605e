// Everything computed from the state: never stored, always derived by these pure functions.
import { type Dims, type Tokenizer, sameDims, tokenGrid, volumeOf } from '../model/grid';
import { type TokenPos, positionOf } from '../model/sequence';
import type { AppState, ClipInfo } from './app';
import { findBundledClip } from './clips';
import { DEFAULT_LATENT_CHANNELS, type Params } from './params';

/** The clip's own shape when known before decoding (bundled clips), else the loaded clip's. */
export function clipShape(params: Params, loaded: ClipInfo | null): Dims | null {
  if (loaded && loaded.source === params.clip) return { t: loaded.frames, h: loaded.heightPx, w: loaded.widthPx };
  const bundled = findBundledClip(params.clip);
  return bundled ? { t: bundled.frames, h: bundled.heightPx, w: bundled.widthPx } : null;
}

/** The nominal model input: explicit w/h/t win, the rest follow the clip. Null while unknown. */
export function nominalInput(params: Params, loaded: ClipInfo | null): Dims | null {
  const own = clipShape(params, loaded);
  const t = params.t ?? own?.t;
  const h = params.h ?? own?.h;
  const w = params.w ?? own?.w;
  return t !== undefined && h !== undefined && w !== undefined ? { t, h, w } : null;
}

export function isPixelSpace(vae: Dims): boolean {
  return sameDims(vae, { t: 1, h: 1, w: 1 });
}

export function tokenizerOf(params: Params, input: Dims): Tokenizer {
  const channels = params.c ?? (isPixelSpace(params.vae) ? 3 : DEFAULT_LATENT_CHANNELS);
  return { input, vae: params.vae, causal: params.causal, patch: params.patch, fit: params.fit, channels };
}

export interface Selection {
  readonly index: number;
  readonly pos: TokenPos;
}

/** The selected token (`token=`, else `auto`: one where the clip has detail), clamped into the grid; null when the grid is empty. */
export function selectedToken(params: Params, tok: Tokenizer, auto = 0): Selection | null {
  return tokenAt(params.token ?? auto, tok);
}

/** The token on show: the one under the mouse while that preview is current, else the selected one. */
export function shownToken(
  state: Pick<AppState, 'params' | 'hover'>,
  tok: Tokenizer,
  auto = 0,
): (Selection & { readonly hovered: boolean }) | null {
  const hover = state.hover?.of === state.params ? state.hover : null;
  const selection = tokenAt(hover ? hover.index : (state.params.token ?? auto), tok);
  return selection && { ...selection, hovered: hover !== null };
}

function tokenAt(wanted: number, tok: Tokenizer): Selection | null {
  const grid = tokenGrid(tok);
  const count = volumeOf(grid);
  if (count === 0) return null;
  const index = Math.min(wanted, count - 1);
  return { index, pos: positionOf(index, grid) };
}
