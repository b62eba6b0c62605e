// The language picker: a labelled <select> at the top of the panel. Picking sets `lang` (main.ts rebuilds the
// interface in it); each option is written in its own language.
import { LANGS, type Lang } from '../state/params';
import { LANGUAGES } from './i18n';
import { STRINGS } from './strings';

export function createLanguagePicker(
  container: HTMLElement,
  current: Lang,
  onPick: (lang: Lang) => void,
): { dispose(): void } {
  const label = document.createElement('label');
  label.className = 'language';
  const text = document.createElement('span');
  text.textContent = STRINGS.language;
  const select = document.createElement('select');
  select.dataset.testid = 'language';
  for (const lang of LANGS) {
    const option = document.createElement('option');
    option.value = lang;
    option.lang = lang;
    option.textContent = LANGUAGES[lang].name;
    option.selected = lang === current;
    select.append(option);
  }
  select.addEventListener('change', () => onPick(select.value as Lang));
  label.append(text, select);
  container.prepend(label);
  return { dispose: () => label.remove() };
}
