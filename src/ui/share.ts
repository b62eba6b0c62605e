// Share and export: copy a link to this view, copy an embed snippet, save a PNG or a WebM.
import { HIDEABLE, type Hideable } from '../state/params';
import { button } from './dom';
import { optionLabel } from './i18n/params';
import { STRINGS } from './strings';

export interface ShareActions {
  link(): string;
  snippet(hide: readonly Hideable[]): string;
  png(): Promise<Blob | null>;
  webm(): Promise<Blob | null>;
}

async function copy(text: string, fallback: HTMLTextAreaElement): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    fallback.select(); // the text stays selected for a manual copy
    return false;
  }
}

export function download(blob: Blob, name: string): void {
  const url = URL.createObjectURL(blob);
  const anchor = Object.assign(document.createElement('a'), { href: url, download: name });
  anchor.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

export function createShare(root: HTMLElement, actions: ShareActions): void {
  const section = document.createElement('details');
  section.className = 'share';
  const summary = document.createElement('summary');
  summary.textContent = STRINGS.share.title;
  const output = document.createElement('textarea');
  output.readOnly = true;
  output.rows = 4;
  output.setAttribute('aria-label', STRINGS.share.output);
  output.dataset.testid = 'share-output';
  const status = document.createElement('span');
  status.setAttribute('role', 'status');
  const hidden = new Set<Hideable>();
  const checks = HIDEABLE.map((part) => {
    const label = document.createElement('label');
    const box = Object.assign(document.createElement('input'), { type: 'checkbox' });
    box.addEventListener('change', () => (box.checked ? hidden.add(part) : hidden.delete(part)));
    label.append(box, ` ${STRINGS.share.hide} ${optionLabel('hide', part)}`);
    return label;
  });
  const show = async (text: string) => {
    output.value = text;
    status.textContent = (await copy(text, output)) ? STRINGS.share.copied : STRINGS.share.selectToCopy;
  };
  const save = (make: () => Promise<Blob | null>, name: string) => async () => {
    status.textContent = STRINGS.share.working;
    const blob = await make();
    status.textContent = blob ? '' : STRINGS.share.exportFailed;
    if (blob) download(blob, name);
  };
  const row = document.createElement('div');
  row.className = 'share-buttons';
  row.append(
    button(STRINGS.share.copyLink, () => void show(actions.link())),
    button(STRINGS.share.copyEmbed, () => void show(actions.snippet(HIDEABLE.filter((part) => hidden.has(part))))),
    button(STRINGS.share.png, () => void save(actions.png, 'spacetime-patches.png')()),
    button(STRINGS.share.webm, () => void save(actions.webm, 'spacetime-patches-unroll.webm')()),
  );
  const options = document.createElement('div');
  options.className = 'share-options';
  options.append(...checks);
  section.append(summary, row, options, output, status);
  root.append(section);
}
