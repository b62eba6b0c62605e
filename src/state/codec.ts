// The URL hash codec. Pure: decode never throws and always returns valid params, reporting every value
// it had to change or ignore; encode writes only what differs from the defaults.
import { AXES, type Dims, formatDims } from '../model/grid';
import { BUNDLED_CLIPS } from './clips';
import { findPreset } from '../model/presets';
import { presetParams } from './presets';
import { ID_LISTS, type IdKey } from './ids';
import { findStep } from './tour';
import type { UrlNote } from './messages';
import {
  type CameraPose,
  type CameraSpec,
  type ChoiceSpec,
  type ClipSpec,
  type DimsSpec,
  type FlagSpec,
  type IdSpec,
  type IntSpec,
  type Params,
  type RangeSpec,
  type SubsetSpec,
  type TokenSpec,
  LOCAL_CLIP,
  PARAMS,
  PARAM_KEYS,
  defaultParams,
} from './params';

export const MAX_HASH_LENGTH = 4096; // characters; longer hashes are cut before parsing
const MAX_URL_LENGTH = 2048;
const SAME_SITE_PATH = /^(\.{0,2}\/)(?!\/)[\w\-.~/%]*(\?[\w\-.~/%=&]*)?$/; // ./a.mp4, ../v/b.webm, /media/c.mp4 (never //host)
const MAX_NOTES = 8;

export interface Decoded {
  readonly params: Params;
  readonly notes: readonly UrlNote[];
}

type Parsed<T> = { value: T; note?: UrlNote } | { note: UrlNote };

/** The value as typed, for a note: cut to 40 characters, control characters shown as ? (only ever set as textContent). */
function clean(raw: string): string {
  const text = [...raw].map((ch) => (ch.charCodeAt(0) < 32 || ch.charCodeAt(0) === 127 ? '?' : ch)).join('');
  return text.length > 40 ? `${text.slice(0, 40)}…` : text;
}

function clampNote(key: string, raw: string, value: string): UrlNote {
  return { kind: 'clamped', key, raw: clean(raw), value };
}

function ignored(kind: 'notNumber' | 'dimsShape' | 'flag' | 'clip' | 'camera', key: string, raw: string): UrlNote {
  return { kind, key, raw: clean(raw) };
}

function parseNumber(raw: string): number | null {
  if (!/^\s*[-+]?(\d+\.?\d*|\.\d+)(e[-+]?\d+)?\s*$/i.test(raw)) return null;
  const n = Number(raw);
  return Number.isFinite(n) ? n : null;
}

function parseInt(spec: IntSpec, key: string, raw: string): Parsed<number | null> {
  if (raw === '' || raw === 'auto') return { value: null };
  const n = parseNumber(raw);
  if (n === null) return { note: ignored('notNumber', key, raw) };
  const value = Math.min(spec.max, Math.max(spec.min, Math.round(n)));
  return value === n ? { value } : { value, note: clampNote(key, raw, String(value)) };
}

function parseIndex(_spec: TokenSpec, key: string, raw: string): Parsed<number> {
  const n = parseNumber(raw);
  if (n === null) return { note: ignored('notNumber', key, raw) };
  const value = Math.min(Number.MAX_SAFE_INTEGER, Math.max(0, Math.round(n)));
  return value === n ? { value } : { value, note: clampNote(key, raw, String(value)) };
}

function parseRange(spec: RangeSpec, key: string, raw: string): Parsed<number> {
  const n = parseNumber(raw);
  if (n === null) return { note: ignored('notNumber', key, raw) };
  const value = Math.min(spec.max, Math.max(spec.min, n));
  return value === n ? { value } : { value, note: clampNote(key, raw, String(value)) };
}

function parseDims(spec: DimsSpec, key: string, raw: string): Parsed<Dims> {
  const match = /^\s*(\d{1,9})\s*[x×*]\s*(\d{1,9})\s*[x×*]\s*(\d{1,9})\s*$/i.exec(raw);
  if (!match) return { note: ignored('dimsShape', key, raw) };
  const [t, h, w] = [match[1], match[2], match[3]].map(Number) as [number, number, number];
  const asked = { t, h, w };
  const clamp = (axis: (typeof AXES)[number]) => Math.min(spec.max[axis], Math.max(spec.min[axis], asked[axis]));
  // An odd-only key (a centred window) moves an even value to the next odd one (max and min are odd).
  const oddOf = (n: number, axis: (typeof AXES)[number]) => (n % 2 === 1 ? n : Math.min(spec.max[axis], n + 1));
  const value = Object.fromEntries(
    AXES.map((axis) => [axis, spec.odd ? oddOf(clamp(axis), axis) : clamp(axis)]),
  ) as unknown as Dims;
  const same = AXES.every((axis) => value[axis] === asked[axis]);
  if (same) return { value };
  const inRange = AXES.every((axis) => asked[axis] >= spec.min[axis] && asked[axis] <= spec.max[axis]);
  const note =
    spec.odd && inRange
      ? ({ kind: 'odd', key, raw: clean(raw), value: formatDims(value) } as const)
      : clampNote(key, raw, formatDims(value));
  return { value, note };
}

function parseChoice<T extends string>(spec: ChoiceSpec<T>, key: string, raw: string): Parsed<T> {
  const value = spec.options.find((option) => option === raw.trim().toLowerCase());
  return value ? { value } : { note: { kind: 'notOneOf', key, raw: clean(raw), options: spec.options } };
}

function parseFlag(_spec: FlagSpec, key: string, raw: string): Parsed<boolean> {
  if (raw === '1' || raw === 'true') return { value: true };
  if (raw === '0' || raw === 'false') return { value: false };
  return { note: ignored('flag', key, raw) };
}

function parseSubset<T extends string>(spec: SubsetSpec<T>, key: string, raw: string): Parsed<readonly T[]> {
  const asked = raw
    .split(',')
    .map((part) => part.trim().toLowerCase())
    .filter((part) => part !== '');
  const value = spec.options.filter((option) => asked.includes(option));
  const unknown = asked.filter((part) => !(spec.options as readonly string[]).includes(part));
  return unknown.length === 0
    ? { value }
    : { value, note: { kind: 'subset', key, raw: clean(raw), options: spec.options } };
}

function parseId(spec: IdSpec, key: string, raw: string): Parsed<string | null> {
  const ids = ID_LISTS[key as IdKey]();
  const value = ids.find((id) => id === raw.trim().toLowerCase());
  return value ? { value } : { note: { kind: 'notOneOf', key, raw: clean(raw), options: ids } };
}

function parseClip(_spec: ClipSpec, key: string, raw: string): Parsed<string> {
  if (BUNDLED_CLIPS.some((clip) => clip.id === raw) || raw === LOCAL_CLIP) return { value: raw };
  if (raw.length <= MAX_URL_LENGTH && URL.canParse(raw)) {
    const url = new URL(raw);
    if (url.protocol === 'https:' && url.username === '' && url.password === '') return { value: url.href };
  }
  // A path on the app's own site, spelled as one (./, ../ or /) so a mistyped clip id is not taken for a file.
  const path = raw.replaceAll(' ', '%20');
  if (path.length <= MAX_URL_LENGTH && SAME_SITE_PATH.test(path)) return { value: path };
  return { note: ignored('clip', key, raw) };
}

function parseCamera(_spec: CameraSpec, key: string, raw: string): Parsed<CameraPose | null> {
  const parts = raw.split(',').map(parseNumber);
  const [yaw, pitch, zoom] = parts;
  if (parts.length !== 3 || yaw == null || pitch == null || zoom == null) {
    return { note: ignored('camera', key, raw) };
  }
  const value = clampCamera({ yawDeg: yaw, pitchDeg: pitch, zoom });
  const same = value.yawDeg === yaw && value.pitchDeg === pitch && value.zoom === zoom;
  return same ? { value } : { value, note: clampNote(key, raw, formatCamera(value)) };
}

export const CAMERA_LIMITS = { pitchDeg: 89, minZoom: 0.25, maxZoom: 8 } as const;

export function clampCamera(pose: CameraPose): CameraPose {
  const round = (n: number, digits: number) => Number(n.toFixed(digits));
  // Round first, then wrap, so 179.96° becomes −180°, not 180° (which would not round-trip).
  const yaw = ((((round(pose.yawDeg, 1) + 180) % 360) + 360) % 360) - 180; // wrap to [-180, 180)
  return {
    yawDeg: round(yaw, 1),
    pitchDeg: round(Math.min(CAMERA_LIMITS.pitchDeg, Math.max(-CAMERA_LIMITS.pitchDeg, pose.pitchDeg)), 1),
    zoom: round(Math.min(CAMERA_LIMITS.maxZoom, Math.max(CAMERA_LIMITS.minZoom, pose.zoom)), 3),
  };
}

function formatCamera(pose: CameraPose): string {
  return `${pose.yawDeg},${pose.pitchDeg},${pose.zoom}`;
}

type AnySpec = (typeof PARAMS)[keyof Params];

/** One parser per kind of param; `parseValue` picks the row for the spec's kind. */
const PARSERS: {
  readonly [K in AnySpec['kind']]: (spec: never, key: string, raw: string) => Parsed<Params[keyof Params]>;
} = {
  int: parseInt,
  index: parseIndex,
  range: parseRange,
  dims: parseDims,
  choice: parseChoice,
  flag: parseFlag,
  clip: parseClip,
  camera: parseCamera,
  subset: parseSubset,
  id: parseId,
};

function parseValue(spec: AnySpec, key: string, raw: string): Parsed<Params[keyof Params]> {
  return (PARSERS[spec.kind] as (spec: AnySpec, key: string, raw: string) => Parsed<Params[keyof Params]>)(
    spec,
    key,
    raw,
  );
}

function formatValue(value: Params[keyof Params]): string {
  if (value === null) return '';
  if (typeof value === 'boolean') return value ? '1' : '0';
  if (typeof value === 'number') return String(Number(value.toFixed(3)));
  if (typeof value === 'string') return value;
  if (isList(value)) return value.join(',');
  return 'yawDeg' in value ? formatCamera(value) : formatDims(value);
}

function isList(value: unknown): value is readonly string[] {
  return Array.isArray(value);
}

function isParamKey(key: string): key is keyof Params {
  return Object.hasOwn(PARAMS, key);
}

/** Parse a location hash (with or without the leading #) into valid params. Never throws. */
export function decode(hash: string): Decoded {
  const notes: UrlNote[] = [];
  let text = hash.startsWith('#') ? hash.slice(1) : hash;
  if (text.length > MAX_HASH_LENGTH) {
    notes.push({ kind: 'tooLong', max: MAX_HASH_LENGTH });
    text = text.slice(0, MAX_HASH_LENGTH);
  }
  const explicit: Record<string, unknown> = {};
  const seen = new Set<string>();
  for (const [key, raw] of new URLSearchParams(text)) {
    if (!isParamKey(key)) {
      if (key !== '') notes.push({ kind: 'unknownKey', raw: clean(key) });
      continue;
    }
    if (seen.has(key)) {
      notes.push({ kind: 'twice', key });
      continue;
    }
    seen.add(key);
    const parsed = parseValue(PARAMS[key], key, raw);
    if ('value' in parsed) explicit[key] = parsed.value;
    if (parsed.note) notes.push(parsed.note);
  }
  // Ids (a tour step) expand first; explicit keys override what they set.
  const params = { ...baseFor(explicit as Partial<Params>), ...explicit };
  const more: UrlNote = { kind: 'more', count: notes.length - MAX_NOTES + 1 };
  const shown = notes.length > MAX_NOTES ? [...notes.slice(0, MAX_NOTES - 1), more] : notes;
  return { params: params as unknown as Params, notes: shown };
}

/** The values a link starts from: the defaults, then what its ids set: a model preset, then a tour step. */
export function baseFor(ids: Partial<Pick<Params, 'preset' | 'step'>>): Params {
  const preset = ids.preset ? findPreset(ids.preset) : undefined;
  return { ...defaultParams(), ...(preset ? presetParams(preset) : {}), ...findStep(ids.step ?? null)?.params };
}

function encodeValue(text: string): string {
  // Keep the separators people read (x , : /) legible; & = + # % and spaces must stay escaped.
  return encodeURIComponent(text).replace(/%2C/g, ',').replace(/%3A/g, ':').replace(/%2F/g, '/');
}

/** The hash (without #) for these params: only keys that differ from the defaults, in table order. */
export function encode(params: Params): string {
  const defaults = defaultParams();
  const base = baseFor(params);
  const differs = (key: keyof Params) =>
    formatValue(params[key]) !== formatValue((PARAMS[key].kind === 'id' ? defaults : base)[key]);
  return PARAM_KEYS.filter(differs)
    .map((key) => `${key}=${encodeValue(formatValue(params[key]))}`)
    .join('&');
}
