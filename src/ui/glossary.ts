// A short glossary that works by tap, click and keyboard alike (a <details>, not a hover tooltip): the words
// and symbols the tour and the readout use, in plain words.
import { STRINGS } from './strings';

export function createGlossary(root: HTMLElement): HTMLElement {
  const details = document.createElement('details');
  details.className = 'glossary';
  const summary = document.createElement('summary');
  summary.textContent = STRINGS.glossary.title;
  const list = document.createElement('dl');
  for (const [term, meaning] of STRINGS.glossary.terms) {
    const dt = document.createElement('dt');
    dt.textContent = term;
    const dd = document.createElement('dd');
    dd.textContent = meaning;
    list.append(dt, dd);
  }
  details.append(summary, list);
  root.append(details);
  return details;
}
