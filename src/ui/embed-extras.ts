// What an embed adds: a link that opens the same view in the full explainer, and a "drag to turn" hint that
// shows once, until the first drag (or a few seconds).
import { STRINGS } from './strings';

const HINT_MS = 5000;

export function createEmbedExtras(root: HTMLElement, view: HTMLElement) {
  const link = document.createElement('a');
  link.className = 'open-full';
  link.dataset.testid = 'open-full';
  link.target = '_blank';
  link.rel = 'noopener';
  link.textContent = STRINGS.embed.openFull;
  const hint = document.createElement('p');
  hint.className = 'drag-hint';
  hint.setAttribute('aria-hidden', 'true');
  hint.textContent = STRINGS.embed.dragHint;
  root.append(link, hint);
  let hintDone = false;
  const endHint = () => {
    hintDone = true;
    hint.hidden = true;
  };
  view.addEventListener('pointerdown', endHint, { once: true });
  const timer = window.setTimeout(endHint, HINT_MS);
  return {
    update(embed: boolean, fullUrl: string) {
      link.hidden = !embed;
      hint.hidden = !embed || hintDone;
      link.href = fullUrl;
    },
    dispose() {
      window.clearTimeout(timer);
      view.removeEventListener('pointerdown', endHint);
      link.remove();
      hint.remove();
    },
  };
}
