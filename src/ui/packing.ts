// Patch n' pack: the bundled clips, each at its own size and shape, as token grids in one sequence.
import type { Packing } from '../model/packing';
import { STRINGS, formatInt } from './strings';

const SEGMENT_COLOURS = ['#4f8cff', '#ff6b8b', '#3cc49a', '#f2b134'];

export function createPacking(root: HTMLElement) {
  const section = document.createElement('section');
  section.className = 'packing';
  section.setAttribute('aria-label', STRINGS.packing.title);
  root.append(section);
  return {
    update(packing: Packing | null) {
      section.hidden = packing === null;
      section.replaceChildren();
      if (!packing) return;
      const title = Object.assign(document.createElement('h2'), { textContent: STRINGS.packing.title });
      const bar = document.createElement('div');
      bar.className = 'packing-bar';
      bar.setAttribute('role', 'img');
      const list = document.createElement('ol');
      packing.clips.forEach((clip, i) => {
        const share = packing.total === 0 ? 0 : clip.tokens / packing.total;
        const segment = document.createElement('span');
        segment.style.flexGrow = String(share);
        segment.style.background = SEGMENT_COLOURS[i % SEGMENT_COLOURS.length]!;
        segment.textContent = clip.id;
        bar.append(segment);
        const { t, h, w } = clip.grid;
        const item = document.createElement('li');
        item.textContent = STRINGS.packingItem(
          clip.id,
          `${t}×${h}×${w}`,
          formatInt(clip.tokens),
          formatInt(clip.start),
          formatInt(clip.start + clip.tokens - 1),
        );
        list.append(item);
      });
      bar.setAttribute('aria-label', STRINGS.aria.packed(formatInt(packing.total)));
      const total = Object.assign(document.createElement('p'), {
        textContent: STRINGS.packing.total(formatInt(packing.total)),
      });
      section.append(title, bar, list, total);
    },
  };
}
