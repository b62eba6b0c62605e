// The interface languages: each one's Intl locale, direction and name, and its table, which (English apart) is
// a chunk of its own, fetched only by a reader of that language. applyLanguage switches the live STRINGS
// (strings.ts) and marks the page; parts built afterwards speak the new language.
import type { Lang } from '../../state/params';
import { EN, STRINGS, type Strings, setStrings } from '../strings';

export interface Language {
  /** BCP 47 tag for Intl (numbers, plurals). Arabic keeps Latin digits, as its formulas do. */
  readonly locale: string;
  readonly dir: 'ltr' | 'rtl';
  /** The language's own name, for the picker. */
  readonly name: string;
  /** Its strings table (English is in the first script; the others load on demand). */
  readonly load: () => Promise<Strings>;
}

export const LANGUAGES: Readonly<Record<Lang, Language>> = {
  en: { locale: 'en-US', dir: 'ltr', name: 'English', load: () => Promise.resolve(EN) },
  zh: { locale: 'zh-CN', dir: 'ltr', name: '简体中文', load: () => import('./zh').then((m) => m.ZH) },
  es: { locale: 'es-ES', dir: 'ltr', name: 'Español', load: () => import('./es').then((m) => m.ES) },
  ar: { locale: 'ar-u-nu-latn', dir: 'rtl', name: 'العربية', load: () => import('./ar').then((m) => m.AR) },
};

const loaded = new Map<Lang, Strings>([['en', EN]]);

/** Null when `lang`'s table is here already (the page can be built in this task); else the wait for it. */
export function languageReady(lang: Lang): Promise<void> | null {
  if (loaded.has(lang)) return null;
  return LANGUAGES[lang].load().then(
    (table) => void loaded.set(lang, table),
    () => undefined, // its chunk could not be fetched (offline before the first visit cached it): English
  );
}

/** Use `lang` from now on (English while its table is not loaded), and set <html lang dir>, the title and the page's static text. */
export function applyLanguage(lang: Lang, doc: Document = document): void {
  const table = loaded.get(lang);
  const shown: Lang = table ? lang : 'en';
  const language = LANGUAGES[shown];
  setStrings(table ?? EN, language.locale);
  const root = doc.documentElement;
  root.lang = shown === 'zh' ? 'zh-Hans' : shown;
  root.dir = language.dir;
  doc.title = STRINGS.pageTitle;
  doc.querySelector('meta[name="description"]')?.setAttribute('content', STRINGS.tagline);
  const heading = doc.querySelector('.masthead h1');
  if (heading) heading.textContent = STRINGS.title;
  const tagline = doc.querySelector('.masthead p');
  if (tagline) tagline.textContent = STRINGS.tagline;
  const noscript = doc.querySelector('noscript');
  if (noscript) noscript.textContent = STRINGS.noscript;
}

/** A model's name in the language: the illustrative preset's "(illustrative)" is a word, not part of a name. */
export function modelName(name: string): string {
  return name.replace(/ \(illustrative\)$/, () => ` (${STRINGS.notices.illustrative})`);
}

/** What to call a clip: a bundled one by its name in the language, a file or URL by its own name. */
export function clipName(source: string, label: string | undefined): string {
  return (STRINGS.clips as Record<string, string | undefined>)[source] ?? label ?? STRINGS.theClip;
}
