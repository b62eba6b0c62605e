// The control panel, built from the parameter table: each row with a `panel` folder gets the control its kind
// calls for. Like lil-gui itself, it holds no state of its own: a flat proxy object mirrors the store, and every
// edit goes back through store.set.
import GUI, { type Controller } from 'lil-gui';
import { AXES, type Dims } from '../model/grid';
import { findPreset } from '../model/presets';
import { type AppState, type AppStore, setParams } from '../state/app';
import { BUNDLED_CLIPS } from '../state/clips';
import { ID_LISTS, type IdKey } from '../state/ids';
import { LOCAL_CLIP, PANEL_FOLDERS, PARAMS, type ParamSpecs, type Params } from '../state/params';
import { presetParams } from '../state/presets';
import { clipName, modelName } from './i18n';
import { optionMap, paramHelp, paramLabel } from './i18n/params';
import { STRINGS } from './strings';

export interface PanelModel {
  readonly input: Dims | null; // the effective nominal input
  readonly tokenCount: number;
  readonly selected: number | null; // the token on show (the link may name none: then the one with detail)
}

type Key = keyof ParamSpecs;
type Proxy = Record<string, string | number | boolean>;

const AXIS_LABEL = { t: 'T', h: 'H', w: 'W' } as const;
const DEFAULT_FPS = 16;
const KEYS = (Object.keys(PARAMS) as Key[]).filter((key) => PARAMS[key].panel);

/** What an edit sets besides the value itself. */
const EDITS: Partial<Record<Key, (value: never) => Partial<Params>>> = {
  // Another clip brings its own size.
  clip: (id: string) => ({ clip: id, w: null, h: null, t: null, token: null }),
  preset: (id: string) => {
    const preset = findPreset(id);
    return preset ? { ...presetParams(preset), preset: preset.id } : { preset: null };
  },
  // A slice cuts the cubes: show them.
  slice: (slice: Params['slice']) => (slice === 'off' ? { slice } : { slice, view: 'cubes' }),
};

export function createPanel(container: HTMLElement, store: AppStore, actions: { openFile(): void }) {
  const gui = new GUI({ container, title: STRINGS.controls });
  // On a phone the panel starts folded, so the view and the readout stay visible.
  if (window.matchMedia('(max-width: 640px)').matches) gui.close();
  const folders = Object.fromEntries(PANEL_FOLDERS.map((name) => [name, gui.addFolder(STRINGS.panel[name])]));
  const set = (patch: Partial<Params>) => setParams(store, patch);
  const proxy: Proxy = {};
  const controllers = new Map<string, Controller>();

  function control(name: string, key: Key, build: (folder: GUI) => Controller, edit: (value: never) => void) {
    const spec = PARAMS[key];
    const controller = build(folders[spec.panel!]!);
    controller.domElement.title = paramHelp(key);
    // Typed numbers take effect when the edit ends; menus, boxes and sliders at once.
    if (spec.kind === 'int') controller.onFinishChange(edit);
    else controller.onChange(edit);
    controllers.set(name, controller);
  }

  for (const key of KEYS) {
    const spec = PARAMS[key];
    const edit = (value: never) => set(EDITS[key]?.(value) ?? { [key]: value });
    // lil-gui reads each property when a controller is added, so the proxy is filled first.
    switch (spec.kind) {
      case 'dims':
        for (const axis of AXES) {
          const name = `${key}.${axis}`;
          proxy[name] = spec.initial[axis];
          control(
            name,
            key,
            (f) => f.add(proxy, name, spec.min[axis], spec.max[axis], 1).name(`${paramLabel(key)} ${AXIS_LABEL[axis]}`),
            (v: number) => set({ [key]: { ...store.get().params[key as 'vae'], [axis]: Math.round(v) } }),
          );
        }
        continue;
      case 'int':
        proxy[key] = spec.min;
        control(
          key,
          key,
          (f) =>
            f
              .add(proxy, key, spec.min, Math.min(spec.max, 4096), 1)
              .name(spec.unit === 'px' ? `${paramLabel(key)} (px)` : paramLabel(key)),
          (v: number) => set({ [key]: Math.round(v) }),
        );
        continue;
      case 'index':
        proxy[key] = 0;
        control(
          key,
          key,
          (f) => f.add(proxy, key, 0, 1, 1).name(paramLabel(key)),
          (v: number) => edit(Math.round(v) as never),
        );
        continue;
      case 'range':
        proxy[key] = spec.initial;
        control(key, key, (f) => f.add(proxy, key, spec.min, spec.max, spec.step).name(paramLabel(key)), edit);
        continue;
      case 'flag':
        proxy[key] = spec.initial;
        control(key, key, (f) => f.add(proxy, key).name(paramLabel(key)), edit);
        continue;
      case 'choice':
        proxy[key] = spec.initial;
        control(key, key, (f) => f.add(proxy, key, optionMap(key, spec.options)).name(paramLabel(key)), edit);
        continue;
      case 'clip': {
        proxy[key] = '';
        const options = Object.fromEntries(BUNDLED_CLIPS.map((c) => [clipName(c.id, c.label), c.id]));
        control(key, key, (f) => f.add(proxy, key, options).name(paramLabel(key)), edit);
        continue;
      }
      case 'id': {
        proxy[key] = '';
        const options = {
          [STRINGS.model.custom]: '',
          ...Object.fromEntries(ID_LISTS[key as IdKey]().map((id) => [modelName(spec.nameOf?.(id) ?? id), id])),
        };
        control(key, key, (f) => f.add(proxy, key, options).name(paramLabel(key)), edit);
        continue;
      }
    }
  }
  folders.clip!.add({ open: actions.openFile }, 'open').name(STRINGS.openFile);

  // Duration = frames ÷ frame rate, always: editing the duration sets the frames (a causal VAE wants one more
  // first frame, e.g. 4k + 1), editing the rate keeps the frames and changes the duration. The rate is the
  // preset's where it names one, else the clip's, until the user picks one.
  const timing = { seconds: 1, fps: DEFAULT_FPS };
  let chosenFps: number | null = null;
  let lastPreset: string | null = null;
  const seconds = folders
    .input!.add(timing, 'seconds', 0.01, 600, 0.01)
    .name(STRINGS.panel.seconds)
    .onFinishChange((s: number) => {
      const frames = Math.max(1, Math.round(s * timing.fps) + (store.get().params.causal ? 1 : 0));
      set({ t: Math.min(PARAMS.t.max, frames) });
    });
  const fps = folders
    .input!.add(timing, 'fps', 1, 120, 1)
    .name(STRINGS.panel.fps)
    .onFinishChange((rate: number) => {
      chosenFps = Math.max(1, Math.round(rate));
      render(store.get(), lastModel);
    });
  folders.input!.add({ reset: () => set({ w: null, h: null, t: null }) }, 'reset').name(STRINGS.panel.resetInput);
  let lastModel: PanelModel = { input: null, tokenCount: 0, selected: null };

  function render(state: AppState, model: PanelModel): void {
    const { params } = state;
    lastModel = model;
    for (const key of KEYS) {
      const spec = PARAMS[key];
      if (spec.kind === 'dims') for (const axis of AXES) proxy[`${key}.${axis}`] = params[key as 'vae'][axis];
      else if (spec.kind === 'int') proxy[key] = params[key as 'w'] ?? model.input?.[key as 'w'] ?? 1;
      else if (spec.kind === 'index') proxy[key] = model.selected ?? 0;
      else if (spec.kind === 'id') proxy[key] = params[key as 'preset'] ?? '';
      else if (spec.kind === 'clip')
        proxy[key] = params.clip === LOCAL_CLIP || !BUNDLED_CLIPS.some((c) => c.id === params.clip) ? '' : params.clip;
      else proxy[key] = params[key] as string | number | boolean;
    }
    if (params.preset !== lastPreset) [chosenFps, lastPreset] = [null, params.preset];
    const preset = params.preset ? findPreset(params.preset) : undefined;
    timing.fps = chosenFps ?? preset?.fps ?? state.clip?.fps ?? DEFAULT_FPS;
    timing.seconds = Number(((model.input?.t ?? 1) / timing.fps).toFixed(2));
    controllers.get('token')!.max(Math.max(1, model.tokenCount - 1));
    controllers.get('at')!.enable(params.slice !== 'off');
    for (const controller of [...controllers.values(), seconds, fps]) controller.updateDisplay();
  }

  return { gui, update: render, dispose: () => gui.destroy() };
}
