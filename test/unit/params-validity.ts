// Validity of params, written from the PARAMS table kind by kind: what decode must always return.
import { AXES, type Dims } from '../../src/model/grid';
import { BUNDLED_CLIPS } from '../../src/state/clips';
import { CAMERA_LIMITS } from '../../src/state/codec';
import { LOCAL_CLIP, PARAMS, PARAM_KEYS, type Params } from '../../src/state/params';
import { ID_LISTS, type IdKey } from '../../src/state/ids';

export type AnySpec = (typeof PARAMS)[keyof Params];

function isDims(value: unknown): value is Dims {
  return (
    typeof value === 'object' &&
    value !== null &&
    AXES.every((axis) => typeof (value as Record<string, unknown>)[axis] === 'number')
  );
}

function isWithin(spec: AnySpec, key: string, value: unknown): boolean {
  switch (spec.kind) {
    case 'int':
      return (
        value === null || (Number.isInteger(value) && (value as number) >= spec.min && (value as number) <= spec.max)
      );
    case 'index':
      return value === null || (Number.isSafeInteger(value) && (value as number) >= 0); // null: a token with detail
    case 'range':
      return typeof value === 'number' && value >= spec.min && value <= spec.max;
    case 'dims':
      return (
        isDims(value) &&
        AXES.every(
          (a) =>
            Number.isInteger(value[a]) &&
            value[a] >= spec.min[a] &&
            value[a] <= spec.max[a] &&
            (!spec.odd || value[a] % 2 === 1),
        )
      );
    case 'choice':
      return (spec.options as readonly unknown[]).includes(value);
    case 'flag':
      return typeof value === 'boolean';
    case 'subset': {
      const options = spec.options as readonly unknown[];
      return (
        Array.isArray(value) &&
        value.every((v) => options.includes(v)) &&
        new Set(value).size === value.length &&
        // listed in table order
        value.every((v, i) => i === 0 || options.indexOf(value[i - 1]) < options.indexOf(v))
      );
    }
    case 'id':
      return value === null || ID_LISTS[key as IdKey]().includes(value as string);
    case 'clip': {
      if (typeof value !== 'string') return false;
      if (BUNDLED_CLIPS.some((clip) => clip.id === value) || value === LOCAL_CLIP) return true;
      // A path on the app's own site: it stays on this origin whatever the page's address is.
      if (/^\.{0,2}\//.test(value))
        return new URL(value, 'https://app.example/a/b/').origin === 'https://app.example' && !/[\s\\]/.test(value);
      if (!URL.canParse(value)) return false;
      const url = new URL(value);
      return url.protocol === 'https:' && url.username === '' && url.password === '' && url.href === value;
    }
    case 'camera': {
      if (value === null) return true;
      if (typeof value !== 'object') return false;
      const { yawDeg, pitchDeg, zoom } = value as Record<string, unknown>;
      return (
        typeof yawDeg === 'number' &&
        yawDeg >= -180 &&
        yawDeg < 180 &&
        typeof pitchDeg === 'number' &&
        Math.abs(pitchDeg) <= CAMERA_LIMITS.pitchDeg &&
        typeof zoom === 'number' &&
        zoom >= CAMERA_LIMITS.minZoom &&
        zoom <= CAMERA_LIMITS.maxZoom
      );
    }
    default: {
      const unknownKind: never = spec;
      throw new Error(`the validity check does not know ${JSON.stringify(unknownKind)}`);
    }
  }
}

/** The keys that are wrong in these params; empty when they are valid. */
export function invalidKeys(params: Params): string[] {
  const keys = Object.keys(params).sort();
  const extra = keys.filter((key) => !PARAM_KEYS.includes(key as keyof Params));
  const wrong = PARAM_KEYS.filter((key) => !Object.hasOwn(params, key) || !isWithin(PARAMS[key], key, params[key]));
  return [...extra, ...wrong];
}
