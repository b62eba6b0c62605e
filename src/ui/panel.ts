// The control panel, generated from the parameter table. Like lil-gui itself, it holds no state of its
// own: a flat proxy object mirrors the store, and every edit goes back through store.set.
import GUI, { type Controller } from 'lil-gui';
import { AXES, type Dims } from '../model/grid';
import { type AppState, type AppStore, setParams } from '../state/app';
import { BUNDLED_CLIPS } from '../state/clips';
import { LOCAL_CLIP, PARAMS, type Params } from '../state/params';
import { PRESETS, findPreset } from '../model/presets';
import { presetParams } from '../state/presets';
import { clipName } from './i18n';
import { optionMap, paramHelp, paramLabel } from './i18n/params';
import { STRINGS } from './strings';

export interface PanelModel {
  readonly input: Dims | null; // the effective nominal input
  readonly tokenCount: number;
}

type Proxy = Record<string, string | number | boolean>;
type Folder = GUI;

const AXIS_LABEL = { t: 'T', h: 'H', w: 'W' } as const;

export function createPanel(container: HTMLElement, store: AppStore, actions: { openFile(): void }) {
  const gui = new GUI({ container, title: STRINGS.controls });
  // On a phone the panel starts folded, so the view and the readout stay visible.
  if (window.matchMedia('(max-width: 640px)').matches) gui.close();
  // lil-gui reads each property when a controller is added, so the proxy starts filled.
  const proxy: Proxy = {
    preset: '',
    clip: '',
    w: 1,
    h: 1,
    t: 1,
    causal: false,
    fit: 'pad',
    view: 'cubes',
    space: 'pixels',
    explode: 0,
    noise: 0,
    token: 0,
    slice: 'off',
    at: 0.5,
  };
  for (const key of ['vae', 'patch'] as const) for (const axis of AXES) proxy[`${key}.${axis}`] = 1;
  const controllers: Controller[] = [];
  const set = (patch: Partial<Params>) => setParams(store, patch);

  function add(folder: Folder, key: string, build: (f: Folder) => Controller, help: string): Controller {
    const controller = build(folder);
    controller.domElement.title = help;
    controllers.push(controller);
    return controller;
  }

  const clipFolder = gui.addFolder(STRINGS.panel.clip);
  const clipOptions: Record<string, string> = Object.fromEntries(
    BUNDLED_CLIPS.map((c) => [clipName(c.id, c.label), c.id]),
  );
  add(
    clipFolder,
    'clip',
    (f) => f.add(proxy, 'clip', clipOptions).name(paramLabel('clip')),
    paramHelp('clip'),
  ).onChange((id: string) => set({ clip: id, w: null, h: null, t: null, token: 0 }));
  clipFolder.add({ open: actions.openFile }, 'open').name(STRINGS.openFile);

  const inputFolder = gui.addFolder(STRINGS.panel.input);
  for (const key of ['w', 'h', 't'] as const) {
    const spec = PARAMS[key];
    add(
      inputFolder,
      key,
      (f) =>
        f
          .add(proxy, key, spec.min, Math.min(spec.max, 4096), 1)
          .name(`${paramLabel(key)} (${spec.unit === 'px' ? 'px' : paramLabel(key)})`),
      paramHelp(key),
    ).onFinishChange((value: number) => set({ [key]: Math.round(value) }));
  }
  // Duration × frame rate is another way to say t; a causal VAE wants one extra first frame (e.g. 4k + 1).
  const timing = { seconds: 3, fps: 16 };
  const setDuration = () => {
    const frames = Math.max(1, Math.round(timing.seconds * timing.fps) + (store.get().params.causal ? 1 : 0));
    set({ t: Math.min(PARAMS.t.max, frames) });
  };
  inputFolder.add(timing, 'seconds', 0.1, 60, 0.1).name(STRINGS.panel.seconds).onFinishChange(setDuration);
  inputFolder.add(timing, 'fps', 1, 60, 1).name(STRINGS.panel.fps).onFinishChange(setDuration);
  inputFolder.add({ reset: () => set({ w: null, h: null, t: null }) }, 'reset').name(STRINGS.panel.resetInput);

  const tokFolder = gui.addFolder(STRINGS.panel.tokenizer);
  const presetOptions: Record<string, string> = {
    [STRINGS.model.custom]: '',
    ...Object.fromEntries(PRESETS.map((p) => [p.name, p.id])),
  };
  add(
    tokFolder,
    'preset',
    (f) => f.add(proxy, 'preset', presetOptions).name(paramLabel('preset')),
    paramHelp('preset'),
  ).onChange((id: string) => {
    const preset = findPreset(id);
    set(preset ? { ...presetParams(preset), preset: preset.id } : { preset: null });
  });
  addDims(tokFolder, 'vae');
  add(tokFolder, 'causal', (f) => f.add(proxy, 'causal').name(paramLabel('causal')), paramHelp('causal')).onChange(
    (v: boolean) => set({ causal: v }),
  );
  addDims(tokFolder, 'patch');
  add(
    tokFolder,
    'fit',
    (f) => f.add(proxy, 'fit', optionMap('fit', PARAMS.fit.options)).name(paramLabel('fit')),
    paramHelp('fit'),
  ).onChange((v: Params['fit']) => set({ fit: v }));

  const viewFolder = gui.addFolder(STRINGS.panel.view);
  add(
    viewFolder,
    'view',
    (f) => f.add(proxy, 'view', optionMap('view', PARAMS.view.options)).name(paramLabel('view')),
    paramHelp('view'),
  ).onChange((v: Params['view']) => set({ view: v }));
  add(
    viewFolder,
    'space',
    (f) => f.add(proxy, 'space', optionMap('space', PARAMS.space.options)).name(paramLabel('space')),
    paramHelp('space'),
  ).onChange((v: Params['space']) => set({ space: v }));
  for (const key of ['explode', 'noise'] as const) {
    const spec = PARAMS[key];
    add(
      viewFolder,
      key,
      (f) => f.add(proxy, key, spec.min, spec.max, spec.step).name(paramLabel(key)),
      paramHelp(key),
    ).onChange((v: number) => set({ [key]: v }));
  }
  add(
    viewFolder,
    'slice',
    (f) => f.add(proxy, 'slice', optionMap('slice', PARAMS.slice.options)).name(paramLabel('slice')),
    paramHelp('slice'),
  ).onChange((v: Params['slice']) => set(v === 'off' ? { slice: v } : { slice: v, view: 'cubes' }));
  const sliceAt = add(
    viewFolder,
    'at',
    (f) => f.add(proxy, 'at', PARAMS.at.min, PARAMS.at.max, PARAMS.at.step).name(paramLabel('at')),
    paramHelp('at'),
  ).onChange((v: number) => set({ at: v }));
  const token = add(
    viewFolder,
    'token',
    (f) => f.add(proxy, 'token', 0, 1, 1).name(paramLabel('token')),
    paramHelp('token'),
  ).onChange((v: number) => set({ token: Math.round(v) }));

  function addDims(folder: Folder, key: 'vae' | 'patch'): void {
    const spec = PARAMS[key];
    for (const axis of AXES) {
      const name = `${key}.${axis}`;
      add(
        folder,
        name,
        (f) => f.add(proxy, name, spec.min[axis], spec.max[axis], 1).name(`${paramLabel(key)} ${AXIS_LABEL[axis]}`),
        paramHelp(key),
      ).onChange((v: number) => set({ [key]: { ...store.get().params[key], [axis]: Math.round(v) } }));
    }
  }

  return {
    gui,
    update(state: AppState, model: PanelModel) {
      const { params } = state;
      proxy.clip = params.clip === LOCAL_CLIP || !BUNDLED_CLIPS.some((c) => c.id === params.clip) ? '' : params.clip;
      for (const key of ['w', 'h', 't'] as const) proxy[key] = params[key] ?? model.input?.[key] ?? 1;
      for (const key of ['vae', 'patch'] as const) for (const axis of AXES) proxy[`${key}.${axis}`] = params[key][axis];
      proxy.preset = params.preset ?? '';
      Object.assign(proxy, {
        causal: params.causal,
        fit: params.fit,
        view: params.view,
        space: params.space,
        explode: params.explode,
        noise: params.noise,
        token: params.token,
        slice: params.slice,
        at: params.at,
      });
      token.max(Math.max(1, model.tokenCount - 1));
      sliceAt.enable(params.slice !== 'off');
      for (const controller of controllers) controller.updateDisplay();
    },
    dispose: () => gui.destroy(),
  };
}
