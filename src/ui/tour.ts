// The guided tour's card: a caption per step, with previous and next. Steps are links (step=<id>).
import { TOUR } from '../state/tour';
import { STRINGS } from './strings';

export interface TourActions {
  go(stepId: string | null): void;
}

export function createTour(root: HTMLElement, actions: TourActions) {
  const card = document.createElement('section');
  card.className = 'tour';
  card.setAttribute('aria-label', STRINGS.tour.label);
  const counter = document.createElement('p');
  counter.className = 'tour-counter';
  const caption = document.createElement('p');
  caption.className = 'tour-caption';
  caption.setAttribute('aria-live', 'polite');
  const nav = document.createElement('div');
  nav.className = 'tour-nav';
  const make = (text: string) => Object.assign(document.createElement('button'), { type: 'button', textContent: text });
  const previous = make(STRINGS.tour.previous);
  const next = make(STRINGS.tour.next);
  const close = make(STRINGS.tour.close);
  nav.append(previous, next, close);
  card.append(counter, caption, nav);
  const start = make(STRINGS.tour.start);
  start.className = 'tour-start';
  root.append(card, start);
  let index = -1;
  previous.addEventListener('click', () => actions.go(TOUR[index - 1]?.id ?? null));
  next.addEventListener('click', () => actions.go(TOUR[index + 1]?.id ?? null));
  close.addEventListener('click', () => actions.go(null));
  start.addEventListener('click', () => actions.go(TOUR[0]!.id));

  return {
    update(stepId: string | null) {
      index = TOUR.findIndex((step) => step.id === stepId);
      card.hidden = index < 0;
      start.hidden = index >= 0;
      if (index < 0) return;
      const id = TOUR[index]!.id as keyof typeof STRINGS.tour.captions;
      counter.textContent = `${STRINGS.tour.label} · ${index + 1} / ${TOUR.length}`;
      caption.textContent = STRINGS.tour.captions[id];
      previous.disabled = index === 0;
      next.disabled = index === TOUR.length - 1;
    },
  };
}
