// The interface languages: each one's table, its Intl locale and its direction. applyLanguage switches the
// live STRINGS (strings.ts) and marks the page; parts built afterwards speak the new language.
import type { Lang } from '../../state/params';
import { EN, STRINGS, type Strings, setStrings } from '../strings';
import { AR } from './ar';
import { ES } from './es';
import { ZH } from './zh';

export interface Language {
  readonly table: Strings;
  /** BCP 47 tag for Intl (numbers, plurals). Arabic keeps Latin digits, as its formulas do. */
  readonly locale: string;
  readonly dir: 'ltr' | 'rtl';
  /** The language's own name, for the picker. */
  readonly name: string;
}

export const LANGUAGES: Readonly<Record<Lang, Language>> = {
  en: { table: EN, locale: 'en-US', dir: 'ltr', name: 'English' },
  zh: { table: ZH, locale: 'zh-CN', dir: 'ltr', name: '简体中文' },
  es: { table: ES, locale: 'es-ES', dir: 'ltr', name: 'Español' },
  ar: { table: AR, locale: 'ar-u-nu-latn', dir: 'rtl', name: 'العربية' },
};

/** Use `lang` from now on, and set <html lang dir>, the title and the page's static text. */
export function applyLanguage(lang: Lang, doc: Document = document): void {
  const language = LANGUAGES[lang];
  setStrings(language.table, language.locale);
  const root = doc.documentElement;
  root.lang = lang === 'zh' ? 'zh-Hans' : lang;
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
