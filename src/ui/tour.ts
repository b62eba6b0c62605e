// The guided tour's card: what the step changed (next to the count), a caption per step in plain words, the
// step's figure, and previous / next. Steps are links (step=<id>).
import type { Dims } from '../model/grid';
import { TOUR } from '../state/tour';
import type { TourChange } from '../state/tour-change';
import { STRINGS, type TourNumbers, formatInt } from './strings';

export interface TourActions {
  go(stepId: string | null): void;
}

type StepId = keyof typeof STRINGS.tour.captions;

const dims = (d: Dims) => `${d.t}×${d.h}×${d.w}`;
const spaced = (d: Dims) => `${d.t} × ${d.h} × ${d.w}`;

function numbersOf(c: TourChange): TourNumbers {
  return {
    frames: formatInt(c.input.t),
    width: formatInt(c.input.w),
    height: formatInt(c.input.h),
    count: formatInt(c.after),
    patch: spaced(c.patch),
    grid: spaced(c.grid),
    values: formatInt(c.valuesAfter),
    valuesBefore: formatInt(c.valuesBefore ?? c.valuesAfter),
    vae: spaced(c.vae),
    channels: formatInt(c.channels),
    latent: spaced(c.latent),
    latentT: formatInt(c.latent.t),
  };
}

/** The line next to the count: what changed and by how much. */
export function changeLine(c: TourChange): string {
  const s = STRINGS.tour.change;
  const [before, after] = [formatInt(c.before ?? c.after), formatInt(c.after)];
  switch (c.kind) {
    case 'start':
      return s.start(spaced(c.input), after);
    case 'patch':
      return (c.pixels ? s.cubes : s.patches)(dims(c.patch), before, after);
    case 'vae':
      return c.before === c.after
        ? s.vaeSame(dims(c.vae), formatInt(c.valuesBefore ?? 0), formatInt(c.valuesAfter), after)
        : s.vae(dims(c.vae), before, after);
    case 'none':
      return s.none(after);
  }
}

export function createTour(root: HTMLElement, actions: TourActions) {
  const card = document.createElement('section');
  card.className = 'tour';
  card.setAttribute('aria-label', STRINGS.tour.label);
  const counter = document.createElement('p');
  counter.className = 'tour-counter';
  const change = document.createElement('p');
  change.className = 'tour-change';
  change.dataset.testid = 'tour-change';
  const caption = document.createElement('p');
  caption.className = 'tour-caption';
  caption.setAttribute('aria-live', 'polite');
  const figure = document.createElement('div');
  figure.className = 'tour-figure';
  const nav = document.createElement('div');
  nav.className = 'tour-nav';
  const make = (text: string) => Object.assign(document.createElement('button'), { type: 'button', textContent: text });
  const previous = make(STRINGS.tour.previous);
  const next = make(STRINGS.tour.next);
  const close = make(STRINGS.tour.close);
  nav.append(previous, next, close);
  card.append(counter, change, caption, figure, nav);
  const start = make(STRINGS.tour.start);
  start.className = 'tour-start';
  root.append(card, start);
  let index = -1;
  previous.addEventListener('click', () => actions.go(TOUR[index - 1]?.id ?? null));
  next.addEventListener('click', () => actions.go(TOUR[index + 1]?.id ?? null));
  close.addEventListener('click', () => actions.go(null));
  start.addEventListener('click', () => actions.go(TOUR[0]!.id));

  return {
    /** Where a step's figure goes (main.ts mounts the figures here). */
    figure,
    update(stepId: string | null, numbers: TourChange | null) {
      index = TOUR.findIndex((step) => step.id === stepId);
      card.hidden = index < 0;
      start.hidden = index >= 0;
      card.dataset.step = index < 0 ? '' : TOUR[index]!.id;
      if (index < 0) return;
      const id = TOUR[index]!.id as StepId;
      counter.textContent = `${STRINGS.tour.label} · ${index + 1} / ${TOUR.length}`;
      change.hidden = numbers === null;
      change.textContent = numbers ? changeLine(numbers) : '';
      caption.textContent = numbers ? STRINGS.tour.captions[id](numbersOf(numbers)) : '';
      previous.disabled = index === 0;
      next.disabled = index === TOUR.length - 1;
    },
  };
}
