// The language picker: a row at the top of the panel, built as lil-gui builds its own menus (a name, an invisible
// <select> over a shown value), so it looks like the panel's other controls. It sits between the panel's title
// and its folders, so it stays in sight when the panel is folded (on a phone it starts folded).
// Picking sets `lang` (main.ts rebuilds the interface in it); each option is written in its own language.
import { LANGS, type Lang } from '../state/params';
import { LANGUAGES } from './i18n';
import { STRINGS } from './strings';

export function createLanguagePicker(
  container: HTMLElement,
  current: Lang,
  onPick: (lang: Lang) => void,
): { dispose(): void } {
  const row = document.createElement('div');
  row.className = 'language lil-controller lil-option';
  const name = document.createElement('div');
  name.className = 'lil-name';
  name.id = 'language-name';
  name.textContent = STRINGS.language;
  const widget = document.createElement('div');
  widget.className = 'lil-widget';
  const select = document.createElement('select');
  select.dataset.testid = 'language';
  select.setAttribute('aria-labelledby', name.id);
  const shown = document.createElement('div');
  shown.className = 'lil-display';
  shown.lang = current;
  for (const lang of LANGS) {
    const option = document.createElement('option');
    option.value = lang;
    option.lang = lang;
    option.textContent = LANGUAGES[lang].name;
    option.selected = lang === current;
    select.append(option);
  }
  shown.textContent = LANGUAGES[current].name;
  const focus = (on: boolean) => () => shown.classList.toggle('lil-focus', on);
  select.addEventListener('focus', focus(true));
  select.addEventListener('blur', focus(false));
  select.addEventListener('change', () => {
    const lang = select.value as Lang;
    shown.textContent = LANGUAGES[lang].name;
    shown.lang = lang;
    onPick(lang);
  });
  widget.append(select, shown);
  row.append(name, widget);
  // Inside lil-gui's root, under its title; before the panel is built (or without lil-gui), at the top.
  const root = container.querySelector(':scope > .lil-gui.lil-root');
  const folders = root?.querySelector(':scope > .lil-children');
  if (root && folders) root.insertBefore(row, folders);
  else container.prepend(row);
  return { dispose: () => row.remove() };
}
