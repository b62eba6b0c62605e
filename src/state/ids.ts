// The ids an id parameter takes: the model presets and the tour steps. Kept apart from the parameter table,
// because the tour's steps are typed by the params: the table and the tour never import each other.
import { PRESETS } from '../model/presets';
import type { IdSpec, ParamSpecs } from './params';
import { TOUR } from './tour';

export type IdKey = { [K in keyof ParamSpecs]: ParamSpecs[K] extends IdSpec ? K : never }[keyof ParamSpecs];

export const ID_LISTS: Record<IdKey, () => readonly string[]> = {
  preset: () => PRESETS.map((preset) => preset.id),
  step: () => TOUR.map((step) => step.id),
};
