// A text alternative for the 3D view, kept in step with what it shows (for screen readers).
import { type Dims, formatDims } from '../model/grid';
import type { TokenPos } from '../model/sequence';
import type { Cut } from '../model/slice';
import { STRINGS, formatInt } from './strings';

export interface ViewDescription {
  readonly clipLabel: string;
  readonly view: string;
  readonly grid: Dims | null;
  readonly count: number;
  readonly selected: { index: number; pos: TokenPos } | null;
  readonly cut: Cut | null; // a slice plane, where the view shows one
}

export function describeView(d: ViewDescription): string {
  const text = STRINGS.describe;
  if (!d.grid) return text.loading(d.clipLabel);
  const view = text.views[d.view as keyof typeof text.views] ?? text.views.cubes;
  const what = d.cut ? `${view}, ${text.cut[d.cut.axis](d.cut.index)}` : view;
  const grid = `${formatDims(d.grid, ' × ')} = ${formatInt(d.count)} ${STRINGS.tokensFor(d.count)}`;
  const { selected } = d;
  const sel = selected ? text.selected(formatInt(selected.index), selected.pos.t, selected.pos.y, selected.pos.x) : '';
  return text.view(d.clipLabel, what, grid, sel);
}
