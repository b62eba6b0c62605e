import { afterEach, describe, expect, it } from 'vitest';
import { LANGS, PARAMS, PARAM_KEYS, defaultParams, matchLanguage, setDefaultLanguage } from '../../src/state/params';
import { decode, encode } from '../../src/state/codec';
import type { Message } from '../../src/state/messages';
import { LANGUAGES } from '../../src/ui/i18n';
import { AR } from '../../src/ui/i18n/ar';
import { ES } from '../../src/ui/i18n/es';
import { ZH } from '../../src/ui/i18n/zh';
import { formatBytes, messageText } from '../../src/ui/notices';
import { optionLabel, paramHelp, paramLabel } from '../../src/ui/i18n/params';
import { EN, STRINGS, formatInt, formatPercent, setStrings } from '../../src/ui/strings';

type Node = unknown;

/** Every language's table, as the app loads it (English in the first script, the others as chunks). */
const TABLES = { en: EN, zh: ZH, es: ES, ar: AR } as const;

/** Every leaf path of a table, with its kind: 'string' or 'function'. */
function shape(node: Node, path = ''): Map<string, string> {
  const out = new Map<string, string>();
  if (typeof node === 'string') out.set(path, 'string');
  else if (typeof node === 'function')
    out.set(path, `function`); // a translation may ignore an argument (Chinese has no plural)
  else if (node && typeof node === 'object')
    for (const [key, value] of Object.entries(node))
      for (const entry of shape(value, `${path}.${key}`)) out.set(...entry);
  else out.set(path, typeof node);
  return out;
}

/** Calls every function of a table with sample arguments of its arity; returns what each made. */
function outputs(node: Node, path = ''): [string, unknown][] {
  if (typeof node === 'function') {
    const args = Array.from({ length: node.length }, (_, i) => (i % 2 === 0 ? 3 : '12'));
    return [[path, (node as (...a: unknown[]) => unknown)(...args)]];
  }
  if (typeof node === 'string') return [[path, node]];
  return Object.entries(node as object).flatMap(([key, value]) => outputs(value, `${path}.${key}`));
}

afterEach(() => setStrings(EN, 'en-US'));

describe('languages', () => {
  it.each(LANGS)('%s: its table loads on demand, the same table the module exports', async (lang) => {
    expect(await LANGUAGES[lang].load()).toBe(TABLES[lang]);
  });

  it.each(LANGS)('%s has every key of the English table, of the same kind, and nothing else', (lang) => {
    expect(shape(TABLES[lang])).toEqual(shape(EN));
  });

  it.each(LANGS)('%s: every entry is a non-empty string, and every function returns one', (lang) => {
    setStrings(TABLES[lang], LANGUAGES[lang].locale);
    for (const [path, text] of outputs(TABLES[lang])) {
      expect(typeof text, path).toBe('string');
      expect((text as string).trim().length, path).toBeGreaterThan(0);
    }
  });

  it.each(LANGS.filter((l) => l !== 'en'))('%s translates its texts (no entry left in English)', (lang) => {
    const en = new Map(outputs(EN));
    // Names and symbols that are the same in every language.
    const same =
      /^(\.options\.slice\.(xt|yt|xy)|\.options\.hide\.panel|\.tokens|\.params\.token\.label|\.params\.patch\.label|\.tokensFor|\.readout\.causal|\.packing\.title|\.section\.title|\.attention\.(positionOther|ropeAxes\.\d)|\.glossary\.terms\.[78]\.0|\.notices\.quote)$/;
    // Spanish words spelt as in English ("temporal", "causal", the loanword "token").
    const sameInSpanish = /^(\.attention\.patternNames\.(temporal|causal)|\.glossary\.terms\.[05]\.0)$/;
    const untranslated = outputs(TABLES[lang]).filter(
      ([path, text]) => text === en.get(path) && !same.test(path) && !(lang === 'es' && sameInSpanish.test(path)),
    );
    expect(untranslated).toEqual([]);
  });

  it('the English params group matches the parameter table', () => {
    for (const key of PARAM_KEYS) {
      const row = (EN.params as Record<string, { label: string } | undefined>)[key];
      if (row) expect(row.label, key).toBe(PARAMS[key].label);
    }
  });

  it('looks labels up by key, falling back to the parameter table', () => {
    setStrings(TABLES.es, 'es-ES');
    expect(paramLabel('patch')).toBe('parche');
    expect(paramLabel('theme')).toBe(PARAMS.theme.label); // not in the tables yet: the English
    expect(paramHelp('cam')).toBe(PARAMS.cam.help);
    expect(optionLabel('fit', 'crop')).toBe('recortar');
    expect(optionLabel('theme', 'dark')).toBe('dark');
  });
});

describe('numbers by language', () => {
  it.each([
    ['en', '11,960'],
    ['zh', '11,960'],
    ['es', '11.960'],
    ['ar', '11,960'],
  ] as const)('%s writes 11960 as %s', (lang, text) => {
    setStrings(TABLES[lang], LANGUAGES[lang].locale);
    expect(formatInt(11960)).toBe(text);
  });

  it('writes percentages the language’s way', () => {
    setStrings(TABLES.es, 'es-ES');
    expect(formatPercent(0.125)).toBe('12,5\u00a0%');
    setStrings(EN, 'en-US');
    expect(formatPercent(0.125)).toBe('12.5%');
  });

  it('uses plural rules: Arabic has a dual and few/many forms', () => {
    setStrings(TABLES.ar, LANGUAGES.ar.locale);
    expect([1, 2, 5, 11, 100].map((n) => STRINGS.tokensFor(n))).toEqual(['رمز', 'رمزان', 'رموز', 'رمزًا', 'رمز']);
    setStrings(EN, 'en-US');
    expect([1, 2].map((n) => STRINGS.tokensFor(n))).toEqual(['token', 'tokens']);
  });
});

describe('lang in the URL', () => {
  afterEach(() => setDefaultLanguage('en'));

  it('picks the first language of the reader the app speaks, else English', () => {
    expect(matchLanguage(['fr-FR', 'es-MX', 'en'])).toBe('es');
    expect(matchLanguage(['zh-CN'])).toBe('zh');
    expect(matchLanguage(['ar-EG', 'en'])).toBe('ar');
    expect(matchLanguage(['de', 'fr'])).toBe('en');
    expect(matchLanguage([])).toBe('en');
  });

  it('does not write the detected language into links, but writes a chosen one', () => {
    setDefaultLanguage('es');
    expect(defaultParams().lang).toBe('es');
    expect(encode({ ...defaultParams(), lang: 'es' })).toBe('');
    expect(encode({ ...defaultParams(), lang: 'en' })).toBe('lang=en');
    expect(decode('lang=ar').params.lang).toBe('ar');
    expect(decode('').params.lang).toBe('es');
    const bad = decode('lang=fr');
    expect(bad.params.lang).toBe('es');
    expect(bad.notes).toHaveLength(1);
  });
});

describe('alerts and notes', () => {
  /** One message of each kind the media layer and the URL codec make. */
  async function everyMessage(): Promise<Message[]> {
    const { MESSAGES, codecMessage, damagedFramesNote, httpStatusMessage } = await import('../../src/media/errors');
    const hash = 'patch=99x99x99&foo=1&fit=x&embed=2&w=abc&hide=tour,x&clip=nope&cam=1&window=4x5x6&fit=pad&view=1';
    return [
      ...Object.values(MESSAGES),
      codecMessage('hevc'),
      httpStatusMessage(404),
      httpStatusMessage(500),
      damagedFramesNote(1, 16),
      damagedFramesNote(3, 16),
      { kind: 'localLink' },
      ...decode(hash).notes,
      ...decode(`${'&'.repeat(5000)}w=1`).notes,
    ];
  }

  it('in English, the sentences are the ones the app has always shown', async () => {
    const { MESSAGES, damagedFramesNote } = await import('../../src/media/errors');
    expect(messageText(MESSAGES.timeout)).toBe(
      'Decoding took longer than 60 seconds and was stopped. Try a shorter or smaller clip.',
    );
    expect(messageText(damagedFramesNote(1, 16))).toBe(
      "1 frame of 16 couldn't be decoded: the file is damaged there. Each shows the nearest frame that could.",
    );
    expect(decode('patch=99x99x99&foo=1').notes.map(messageText)).toEqual([
      'patch=“99x99x99” is out of range; using 16x64x64.',
      'Unknown parameter “foo” ignored.',
    ]);
  });

  it.each(['zh', 'es', 'ar'] as const)('%s words every alert and note, none left in English', async (lang) => {
    const messages = await everyMessage();
    expect(new Set(messages.map((m) => m.kind)).size).toBeGreaterThanOrEqual(30);
    const english = messages.map(messageText);
    setStrings(TABLES[lang], LANGUAGES[lang].locale);
    messages.forEach((message, i) => {
      const text = messageText(message);
      expect(text.trim().length, message.kind).toBeGreaterThan(0);
      expect(text, message.kind).not.toBe(english[i]);
    });
  });

  it('numbers in an alert follow the language', async () => {
    const { damagedFramesNote } = await import('../../src/media/errors');
    setStrings(TABLES.es, 'es-ES');
    expect(messageText(damagedFramesNote(12000, 24000))).toContain('12.000 fotogramas de 24.000');
    expect(formatBytes(1.5 * 1024 ** 3)).toBe('1,5 GiB');
  });
});

describe('model size rules', () => {
  it('in English, the translated rule sentence is exactly the model’s own', async () => {
    const { PRESETS } = await import('../../src/model/presets');
    const { checkSize } = await import('../../src/model/rules');
    const { ruleText } = await import('../../src/ui/model-info');
    let checked = 0;
    for (const preset of PRESETS)
      for (const input of [
        { t: 50, h: 481, w: 643 },
        { t: 48, h: 360, w: 640 },
      ])
        for (const violation of checkSize(preset, input)) {
          expect(ruleText(preset, violation)).toBe(violation.message);
          checked += 1;
        }
    expect(checked).toBeGreaterThan(3);
  });
});

describe('model notes', () => {
  it.each(['zh', 'es', 'ar'] as const)('%s words every note a model makes about its input', async (lang) => {
    const { PRESETS } = await import('../../src/model/presets');
    const { presetTokenizer } = await import('../../src/model/preset-grid');
    const { presetNoteText } = await import('../../src/ui/model-notes');
    const inputs = [
      { t: 120, h: 500, w: 700 },
      { t: 20, h: 20, w: 24 },
      { t: 81, h: 768, w: 1360 },
      { t: 80, h: 721, w: 1281 },
    ];
    const notes = PRESETS.flatMap((preset) => inputs.flatMap((input) => presetTokenizer(preset, input).notes));
    expect(new Set(notes.map((note) => note.kind)).size).toBe(6);
    const english = notes.map(presetNoteText);
    setStrings(TABLES[lang], LANGUAGES[lang].locale);
    notes.forEach((note, i) => expect(presetNoteText(note), note.kind).not.toBe(english[i]));
  });
});

describe('model names', () => {
  it('says “illustrative” in the language; real names stay as they are', async () => {
    const { modelName } = await import('../../src/ui/i18n');
    expect(modelName('Sora-like (illustrative)')).toBe('Sora-like (illustrative)');
    setStrings(TABLES.es, 'es-ES');
    expect(modelName('Sora-like (illustrative)')).toBe('Sora-like (ilustrativo)');
    expect(modelName('Wan 2.1 14B')).toBe('Wan 2.1 14B');
  });
});
