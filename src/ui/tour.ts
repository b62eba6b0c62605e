// The guided tour's card: what the step changed (next to the count), a caption per step in plain words, the
// step's figure, and previous / next. Steps are links (step=<id>).
import { type Dims, formatDims } from '../model/grid';
import { TOUR } from '../state/tour';
import type { TourChange } from '../state/tour-change';
import { STRINGS, type TourNumbers, formatBigInt, formatInt, formatNumber, formatPercent } from './strings';

export interface TourActions {
  go(stepId: string | null): void;
}

type StepId = keyof typeof STRINGS.tour.captions;

/** Steps whose picture is the attention matrix. */
const ATTENTION_STEPS: ReadonlySet<string> = new Set(['attention', 'windows']);

const dims = (d: Dims) => `${d.t}×${d.h}×${d.w}`;
const spaced = (d: Dims) => formatDims(d, ' × ');

/** How many times fewer: "241", "3.9"; null when the count did not fall. */
function fewer(c: TourChange): string | null {
  if (c.before === null || c.after <= 0 || c.after >= c.before) return null;
  const times = c.before / c.after;
  return formatNumber(times, times >= 10 ? 0 : 1);
}

const volume = (d: Dims) => d.t * d.h * d.w;

function numbersOf(c: TourChange): TourNumbers {
  const a = c.attention;
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
    before: formatInt(c.before ?? c.after),
    fewer: fewer(c) ?? formatInt(1),
    vaePixels: formatInt(volume(c.vae)),
    vaeValues: formatInt(volume(c.vae) * 3),
    patchVolume: formatInt(volume(c.patch)),
    window: spaced(a.spec.window),
    keys: formatInt(a.keys),
    pairs: formatBigInt(a.pairs),
    share: share(a.ratio),
  };
}

/** A share of full attention: one decimal, two below 1 %. */
function share(ratio: number): string {
  return formatPercent(ratio, ratio < 0.01 ? 2 : 1);
}

/** The attention step's line: who each token looks at and what that costs. */
function attentionLine(c: TourChange): string {
  const s = STRINGS.tour.change;
  const a = c.attention;
  if (a.spec.pattern === 'full') return s.attnFull(formatInt(c.after), formatBigInt(a.pairs));
  const name = STRINGS.attention.patternNames[a.spec.pattern];
  const pattern = a.spec.pattern === 'window' ? `${name} ${dims(a.spec.window)}` : name;
  return s.attn(pattern, formatInt(a.keys), formatBigInt(a.pairs), share(a.ratio));
}

/** The line next to the count: what changed and by how much. */
export function changeLine(c: TourChange): string {
  const line = countLine(c);
  const times = fewer(c);
  return times === null || c.kind === 'start' || c.kind === 'none'
    ? line
    : `${line} ${STRINGS.tour.change.fewer(times)}`;
}

function countLine(c: TourChange): string {
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
    case 'values':
      return s.values(formatInt(c.valuesAfter), after);
    case 'noise':
      return s.noise(after);
    case 'pack':
      return c.packed ? s.pack(c.packed.clips, formatInt(c.packed.total)) : s.none(after);
    case 'attn':
      return attentionLine(c);
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
  // The attention steps' picture is the attention matrix, in its own section further down: one tap away.
  const reveal = make(STRINGS.tour.seeAttention);
  reveal.className = 'tour-reveal';
  reveal.dataset.testid = 'tour-reveal';
  reveal.addEventListener('click', () =>
    root.querySelector('[data-testid=attn-mask]')?.scrollIntoView({ block: 'center', behavior: 'smooth' }),
  );
  card.append(counter, change, caption, figure, reveal, nav);
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
      reveal.hidden = !ATTENTION_STEPS.has(id);
      previous.disabled = index === 0;
      next.disabled = index === TOUR.length - 1;
    },
  };
}
