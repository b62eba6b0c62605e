// The panel's words for the URL parameters: from the language's `params` and `options` groups, falling back to
// the English in the parameter table (src/state/params.ts) for a key no table has yet.
import { PARAMS, type Params } from '../../state/params';
import { STRINGS } from '../strings';

type Texts = Record<string, { readonly label: string; readonly help: string } | undefined>;
type Options = Record<string, Record<string, string> | undefined>;

export function paramLabel(key: keyof Params): string {
  return (STRINGS.params as Texts)[key]?.label ?? PARAMS[key].label;
}

export function paramHelp(key: keyof Params): string {
  return (STRINGS.params as Texts)[key]?.help ?? PARAMS[key].help;
}

/** What a choice is called in the language; the URL value itself where no table names it. */
export function optionLabel(key: keyof Params, value: string): string {
  return (STRINGS.options as Options)[key]?.[value] ?? value;
}

/** A lil-gui options object, `{ shown name: value }`, for a choice. */
export function optionMap(key: keyof Params, values: readonly string[]): Record<string, string> {
  return Object.fromEntries(values.map((value) => [optionLabel(key, value), value]));
}
