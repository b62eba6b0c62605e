// Model presets as params, and whether the params still are a preset's (explicit keys may override it).
import { sameDims } from '../model/grid';
import type { Preset } from '../model/preset-types';
import { findPreset } from '../model/presets';
import type { Params } from './params';

export function presetParams(preset: Preset): Partial<Params> {
  const { vae, causal, channels, patch, fit, typical } = preset;
  return { vae, causal, c: channels, patch, fit, w: typical.w, h: typical.h, t: typical.t };
}

/** The preset whose tokenizer the params still use, so its own rules apply; null once any of it is overridden. */
export function activePreset(params: Params): Preset | null {
  const preset = params.preset ? findPreset(params.preset) : undefined;
  if (!preset) return null;
  const intact =
    sameDims(params.vae, preset.vae) &&
    sameDims(params.patch, preset.patch) &&
    params.causal === preset.causal &&
    params.fit === preset.fit &&
    (params.c ?? preset.channels) === preset.channels;
  return intact ? preset : null;
}
