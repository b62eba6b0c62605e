// The one parameter table. It drives the URL codec, validation and the control panel.
// Every key here is part of the public URL contract (see README): never rename one; add new ones.
import type { Dims, Fit } from '../model/grid';
import { BUNDLED_CLIPS, DEFAULT_CLIP_ID } from './clips';
import { PRESETS } from '../model/presets';
import { SLICES, type Slice } from '../model/slice';
import { PATTERNS, type Pattern } from '../model/attention-pattern';

export const VIEWS = ['stack', 'cubes', 'sequence'] as const;
export type View = (typeof VIEWS)[number];
export const FITS = ['crop', 'pad'] as const satisfies readonly Fit[];
export const SPACES = ['pixels', 'latent'] as const;
export const THEMES = ['auto', 'light', 'dark'] as const;
export type Theme = (typeof THEMES)[number];
/** Parts an embed can hide. */
export const HIDEABLE = ['panel', 'readout', 'tour'] as const;
export type Hideable = (typeof HIDEABLE)[number];
export type Space = (typeof SPACES)[number];
/** Interface languages: English, Simplified Chinese, Spanish, Arabic (right to left). */
export const LANGS = ['en', 'zh', 'es', 'ar'] as const;
export type Lang = (typeof LANGS)[number];

/** The first of the reader's languages (navigator.languages) that the app speaks, else English. Pure. */
export function matchLanguage(preferred: readonly string[]): Lang {
  for (const tag of preferred) {
    const base = tag.trim().toLowerCase().split(/[-_]/)[0];
    const lang = LANGS.find((l) => l === base);
    // Chinese: the app has Simplified only; a reader who asks for Traditional (zh-TW, zh-Hant) still reads it better than English.
    if (lang) return lang;
  }
  return 'en';
}

let detectedLang: Lang = 'en';
/** The default `lang`: the reader's own language, set once at start-up (main.ts), so a link without lang follows the reader. */
export function setDefaultLanguage(lang: Lang): void {
  detectedLang = lang;
}

/** Camera pose: orbit angles in degrees and a zoom factor (1 = framed). */
export interface CameraPose {
  readonly yawDeg: number;
  readonly pitchDeg: number;
  readonly zoom: number;
}

export const LOCAL_CLIP = 'local';
export const DEFAULT_LATENT_CHANNELS = 16;

/** The control panel's folders, in the order they appear. */
export const PANEL_FOLDERS = ['clip', 'input', 'tokenizer', 'view'] as const;
export type PanelFolder = (typeof PANEL_FOLDERS)[number];

interface Base<T> {
  readonly initial: T;
  readonly label: string;
  readonly help: string;
  /** The panel folder its control goes in; none: the parameter has no control. */
  readonly panel?: PanelFolder;
}
export interface IntSpec extends Base<number | null> {
  readonly kind: 'int';
  readonly min: number;
  readonly max: number;
  readonly unit: string;
}
export interface TokenSpec extends Base<number | null> {
  readonly kind: 'index';
}
export interface RangeSpec extends Base<number> {
  readonly kind: 'range';
  readonly min: number;
  readonly max: number;
  readonly step: number;
}
export interface DimsSpec extends Base<Dims> {
  readonly kind: 'dims';
  readonly min: Dims;
  readonly max: Dims;
  readonly odd?: boolean; // every axis odd (a window centred on its query); even values move to the next odd
}
export interface ChoiceSpec<T extends string> extends Base<T> {
  readonly kind: 'choice';
  readonly options: readonly T[];
}
export interface FlagSpec extends Base<boolean> {
  readonly kind: 'flag';
}
export interface ClipSpec extends Base<string> {
  readonly kind: 'clip';
}
export interface SubsetSpec<T extends string> extends Base<readonly T[]> {
  readonly kind: 'subset';
  readonly options: readonly T[];
}
/** One of a fixed set of ids (listed in ids.ts), or null. Ids expand to a set of values (see codec.ts). */
export interface IdSpec extends Base<string | null> {
  readonly kind: 'id';
  readonly nameOf?: (id: string) => string; // what a menu shows for an id
}
export interface CameraSpec extends Base<CameraPose | null> {
  readonly kind: 'camera';
}

/** The spec kind of each parameter, spelled out so the table is checked key by key. */
export interface ParamSpecs {
  readonly clip: ClipSpec; // bundled id, https: URL, or LOCAL_CLIP for the user's own file
  readonly preset: IdSpec; // a real model: its tokenizer and typical size are the base
  readonly step: IdSpec; // a tour step: its values are the base that explicit keys override
  readonly w: IntSpec; // null: the clip's own size
  readonly h: IntSpec;
  readonly t: IntSpec;
  readonly vae: DimsSpec;
  readonly causal: FlagSpec;
  readonly c: IntSpec; // latent channels; null: 3 for pixels, else DEFAULT_LATENT_CHANNELS
  readonly patch: DimsSpec;
  readonly fit: ChoiceSpec<Fit>;
  readonly view: ChoiceSpec<View>;
  readonly space: ChoiceSpec<Space>; // what the volume shows: the pixels, or the VAE's latent
  readonly explode: RangeSpec;
  readonly slice: ChoiceSpec<Slice>; // a plane through the volume: off, xt, yt or xy
  readonly at: RangeSpec; // where the plane cuts, 0..1 along its axis
  readonly token: TokenSpec; // null: a token where the clip has detail
  readonly noise: RangeSpec;
  readonly pack: FlagSpec; // show the bundled clips packed into one sequence
  readonly embed: FlagSpec;
  readonly hide: SubsetSpec<Hideable>; // parts an embed hides, in HIDEABLE order
  readonly theme: ChoiceSpec<Theme>;
  readonly cam: CameraSpec; // null: the default pose for the view
  readonly attn: ChoiceSpec<Pattern>; // who each token attends to
  readonly window: DimsSpec; // the `window` pattern's neighbourhood, in tokens (t, h, w), odd
  readonly lang: ChoiceSpec<Lang>; // interface language; default: the reader's (setDefaultLanguage)
}

/** The app's whole state as the URL holds it: each parameter's value, of its spec's type. */
export type Params = { readonly [K in keyof ParamSpecs]: ParamSpecs[K]['initial'] };

/** The range of the VAE stride and the patch size, on each axis. */
const STRIDE_LIMITS = { min: { t: 1, h: 1, w: 1 }, max: { t: 16, h: 64, w: 64 } } as const;
/** The nominal input's width and height: pixels, in the panel's input folder; null is the clip's own size. */
const SIZE_PX = { kind: 'int', panel: 'input', initial: null, min: 1, max: 16384, unit: 'px' } as const;

export const PARAMS: ParamSpecs = {
  clip: {
    kind: 'clip',
    panel: 'clip',
    initial: DEFAULT_CLIP_ID,
    label: 'clip',
    help: `A bundled clip (${BUNDLED_CLIPS.map((c) => c.id).join(', ')}) or an https:// URL to a video served with CORS.`,
  },
  preset: {
    kind: 'id',
    panel: 'tokenizer',
    initial: null,
    nameOf: (id) => PRESETS.find((preset) => preset.id === id)?.name ?? id,
    label: 'model',
    help: 'A real model’s tokenizer: VAE stride, channels, patch, size rules and a typical size.',
  },
  step: {
    kind: 'id',
    initial: null,
    label: 'tour step',
    help: 'A step of the guided tour.',
  },
  w: {
    ...SIZE_PX,
    label: 'width',
    help: 'Nominal model input width in pixels. Default: the clip’s display width.',
  },
  h: {
    ...SIZE_PX,
    label: 'height',
    help: 'Nominal model input height in pixels. Default: the clip’s display height.',
  },
  t: {
    kind: 'int',
    panel: 'input',
    initial: null,
    min: 1,
    max: 100000,
    unit: 'frames',
    label: 'frames',
    help: 'Nominal model input length in frames. Default: the clip’s frame count.',
  },
  vae: {
    kind: 'dims',
    panel: 'tokenizer',
    initial: { t: 4, h: 8, w: 8 },
    ...STRIDE_LIMITS,
    label: 'VAE stride',
    help: 'Compression stride of the video autoencoder, T×H×W. 1×1×1 means patches are cut from raw pixels.',
  },
  causal: {
    kind: 'flag',
    panel: 'tokenizer',
    initial: true,
    label: 'causal VAE',
    help: 'A causal VAE encodes the first frame alone: T′ = 1 + (T − 1) / s_t.',
  },
  c: {
    kind: 'int',
    initial: null,
    min: 1,
    max: 1024,
    unit: 'channels',
    label: 'latent channels',
    help: 'Channels C of each latent voxel. Default: 3 for pixels, 16 for a latent.',
  },
  patch: {
    kind: 'dims',
    panel: 'tokenizer',
    initial: { t: 1, h: 2, w: 2 },
    ...STRIDE_LIMITS,
    label: 'patch',
    help: 'Patch size T×H×W, in latent units.',
  },
  fit: {
    kind: 'choice',
    panel: 'tokenizer',
    initial: 'pad',
    options: FITS,
    label: 'leftovers',
    help: 'crop drops what does not fill a whole cube; pad fills the last cube with padding.',
  },
  view: {
    kind: 'choice',
    panel: 'view',
    initial: 'cubes',
    options: VIEWS,
    label: 'view',
    help: 'stack: the frames; cubes: the volume cut into patches; sequence: the patches in transformer order.',
  },
  space: {
    kind: 'choice',
    panel: 'view',
    initial: 'pixels',
    options: SPACES,
    label: 'show',
    help: 'pixels: the video as it is; latent: the grid the VAE hands the transformer, each latent voxel drawn with the colour of the pixels it encodes. A real latent voxel holds C learned channels, not colours.',
  },
  explode: {
    kind: 'range',
    panel: 'view',
    initial: 0.3,
    min: 0,
    max: 1,
    step: 0.01,
    label: 'explode',
    help: 'Pull the cubes apart.',
  },
  slice: {
    kind: 'choice',
    panel: 'view',
    initial: 'off',
    options: SLICES,
    label: 'slice',
    help: 'Cut the cubes open: xt shows one pixel row of every frame (motion becomes streaks), yt one column, xy one frame.',
  },
  at: {
    kind: 'range',
    panel: 'view',
    initial: 0.5,
    min: 0,
    max: 1,
    step: 0.01,
    label: 'slice at',
    help: 'Where the slice plane cuts, from 0 (top, left, first frame) to 1.',
  },
  token: {
    kind: 'index',
    panel: 'view',
    initial: null,
    label: 'token',
    help: 'Selected token, by its index in the sequence (time first, then rows, then columns). Default: a token where the clip has detail.',
  },
  noise: {
    kind: 'range',
    panel: 'view',
    initial: 0,
    min: 0,
    max: 1,
    step: 0.01,
    label: 'noise',
    help: 'Diffusion noise level: 0 is the clean video, 1 is pure noise.',
  },
  pack: {
    kind: 'flag',
    initial: false,
    label: 'pack clips',
    help: 'Show the bundled clips packed into one token sequence (NaViT-style patch n’ pack).',
  },
  embed: { kind: 'flag', initial: false, label: 'embed', help: 'Show the view without the control panel.' },
  hide: {
    kind: 'subset',
    initial: [],
    options: HIDEABLE,
    label: 'hide',
    help: 'Parts an embed hides: panel, readout, tour (comma-separated).',
  },
  theme: {
    kind: 'choice',
    initial: 'auto',
    options: THEMES,
    label: 'theme',
    help: 'auto follows the system; light or dark force one.',
  },
  cam: { kind: 'camera', initial: null, label: 'camera', help: 'Camera pose: yaw°,pitch°,zoom.' },
  attn: {
    kind: 'choice',
    initial: 'full',
    options: PATTERNS,
    label: 'attention',
    help: 'Who each token attends to: full, spatial (its token frame), temporal (its place in every frame), factorised (spatial then temporal), window (a neighbourhood), causal (its frame and earlier).',
  },
  window: {
    kind: 'dims',
    initial: { t: 3, h: 7, w: 7 },
    min: { t: 1, h: 1, w: 1 },
    max: { t: 99, h: 255, w: 255 },
    odd: true,
    label: 'window',
    help: 'The window pattern’s neighbourhood T×H×W in tokens, odd on every axis (NATTEN: centred, shifted inward at the borders).',
  },
  lang: {
    kind: 'choice',
    get initial() {
      return detectedLang;
    },
    options: LANGS,
    label: 'language',
    help: 'Interface language: en, zh (Simplified Chinese), es, ar. Default: the browser’s language, else English.',
  },
};

export const PARAM_KEYS = Object.keys(PARAMS) as (keyof Params)[];

export function defaultParams(): Params {
  return Object.fromEntries(PARAM_KEYS.map((key) => [key, PARAMS[key].initial])) as unknown as Params;
}
