// "Same area, other shapes": the token count of the current pixel area in each aspect ratio, as buttons
// that switch the nominal input to that shape. Sora trains at native sizes; this shows what that costs.
import { ASPECTS, sizeForAspect } from '../model/aspect';
import { type Tokenizer, pixelsPerToken, tokenCount } from '../model/grid';
import { button, el } from './dom';
import { STRINGS, formatInt } from './strings';

const SECONDS = [1, 2, 4, 8, 16] as const;
const FPS = 16; // the bundled clips' rate

export function createAspects(root: HTMLElement, onPick: (size: { w: number; h: number } | { t: number }) => void) {
  const section = el('section', undefined, 'aspects');
  section.setAttribute('aria-label', STRINGS.aria.aspects);
  const title = el('h2', STRINGS.aspects.title);
  const list = el('div', undefined, 'aspect-buttons');
  const lengthsTitle = el('h2', STRINGS.lengths.title);
  const lengths = el('div', undefined, 'aspect-buttons');
  const rounded = el('p', undefined, 'aspects-note');
  section.append(title, rounded, list, lengthsTitle, lengths);
  root.append(section);
  const buttons = ASPECTS.map((aspect) => {
    const button = document.createElement('button');
    button.type = 'button';
    button.addEventListener('click', () => onPick({ w: Number(button.dataset.w), h: Number(button.dataset.h) }));
    list.append(button);
    return { aspect, button };
  });

  return {
    update(tok: Tokenizer | null) {
      section.hidden = tok === null;
      if (!tok) return;
      const px = pixelsPerToken(tok);
      const area = tok.input.w * tok.input.h;
      rounded.textContent = STRINGS.aspects.rounded(`${tok.input.w}×${tok.input.h}`, formatInt(tokenCount(tok)));
      for (const { aspect, button } of buttons) {
        const size = sizeForAspect(aspect, area, Math.max(px.h, px.w));
        const count = tokenCount({ ...tok, input: { ...tok.input, ...size } });
        button.dataset.w = String(size.w);
        button.dataset.h = String(size.h);
        button.textContent = `${aspect.label} ${size.w}×${size.h}: ${formatInt(count)}`;
        button.setAttribute('aria-pressed', String(size.w === tok.input.w && size.h === tok.input.h));
      }
      lengths.replaceChildren(
        ...SECONDS.map((seconds) => {
          const t = seconds * FPS + (tok.causal ? 1 : 0);
          const count = tokenCount({ ...tok, input: { ...tok.input, t } });
          const node = button(STRINGS.lengths.item(seconds, t, formatInt(count)), () => onPick({ t }));
          node.setAttribute('aria-pressed', String(t === tok.input.t));
          return node;
        }),
      );
    },
  };
}
