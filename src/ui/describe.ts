// A text alternative for the 3D view, kept in step with what it shows (for screen readers).
import type { Dims } from '../model/grid';
import type { TokenPos } from '../model/sequence';
import { formatInt } from './strings';

export interface ViewDescription {
  readonly clipLabel: string;
  readonly view: string;
  readonly grid: Dims | null;
  readonly count: number;
  readonly selected: { index: number; pos: TokenPos } | null;
}

export function describeView(d: ViewDescription): string {
  if (!d.grid) return `Loading ${d.clipLabel}.`;
  const what = d.view === 'stack' ? 'its frames stacked into a volume' : d.view === 'sequence' ? 'its tokens laid out in sequence order' : 'the volume cut into spacetime patches';
  const grid = `${d.grid.t} × ${d.grid.h} × ${d.grid.w} = ${formatInt(d.count)} tokens`;
  const sel = d.selected ? `; token ${formatInt(d.selected.index)} at t ${d.selected.pos.t}, y ${d.selected.pos.y}, x ${d.selected.pos.x} is selected` : '';
  return `3D view of ${d.clipLabel}, showing ${what}: ${grid}${sel}. Arrow keys and Page Up/Down move the selection; + and − zoom.`;
}
