// The always-visible readout: T′×H′×W′ = N tokens, the formula behind it, and the contract's data-testids.
import {
  type Dims,
  type Tokenizer,
  latentShape,
  pixelsPerToken,
  tokenGrid,
  valuesPerToken,
  formatDims,
  volumeOf,
} from '../model/grid';
import { droppedFraction, paddingFraction, tokenFrameRange } from '../model/extent';
import type { AppState } from '../state/app';
import { type Selection, isPixelSpace } from '../state/derive';
import { type ReadoutLine, STEP_LINES } from '../state/tour';
import { el } from './dom';
import { gridLine, latentLines } from './formula';
import { STRINGS, formatInt, formatPercent } from './strings';

export interface ReadoutModel {
  readonly tok: Tokenizer | null; // null while the nominal input is unknown (a URL clip still loading)
  readonly selection: (Selection & { readonly hovered: boolean }) | null;
  readonly block: { t: number; h: number; w: number } | null;
  /** The grid as a model preset's own code computes it, when a preset is in use. */
  readonly exact: { readonly grid: Dims; readonly count: number } | null;
}

function percent(fraction: number): string {
  return formatPercent(fraction, fraction < 0.0001 ? 4 : fraction < 0.01 ? 2 : 1);
}

export function createReadout(root: HTMLElement): { update(state: AppState, model: ReadoutModel): void } {
  const section = el('section', undefined, 'readout');
  section.setAttribute('aria-label', STRINGS.aria.readout);
  const headline = el('p', undefined, 'headline');
  headline.setAttribute('aria-live', 'polite');
  const grid = el('span', undefined, 'grid');
  grid.dataset.testid = 'token-grid';
  const count = el('strong', undefined, 'count');
  count.dataset.testid = 'token-count';
  const noun = el('span', ` ${STRINGS.tokens}`, 'noun');
  headline.append(grid, ' = ', count, noun);
  grid.dir = 'ltr'; // maths: 13×45×80 reads left to right in every language
  const details = el('dl', undefined, 'formula');
  const inspector = el('p', undefined, 'inspector');
  inspector.dataset.testid = 'token-inspector';
  const shape = el('span');
  shape.dataset.testid = 'input-shape';
  // Where the selected token sits in the sequence, with the time slabs marked: the same token the view
  // highlights, as a place in the line the transformer reads.
  const position = el('div', undefined, 'seq-position');
  position.setAttribute('role', 'img');
  const marker = el('span', undefined, 'marker');
  position.append(marker);
  // During the tour only the step's lines show; this button shows them all (and back).
  const more = el('button', undefined, 'readout-more');
  more.type = 'button';
  let showAll = false;
  let lines: readonly ReadoutLine[] | null = null;
  more.addEventListener('click', () => {
    showAll = !showAll;
    applyLines();
  });
  section.append(headline, details, more, inspector, position);
  root.append(section);

  function applyLines(): void {
    more.hidden = lines === null;
    more.textContent = showAll ? STRINGS.tour.less : STRINGS.tour.full;
    more.setAttribute('aria-expanded', String(showAll));
    for (const node of details.children)
      (node as HTMLElement).hidden =
        lines !== null && !showAll && !lines.includes((node as HTMLElement).dataset.line as ReadoutLine);
  }

  let line: ReadoutLine = 'input';
  function row(term: string, ...values: string[]): void {
    details.append(el('dt', term));
    for (const value of values) details.append(el('dd', value));
    for (const node of details.querySelectorAll<HTMLElement>(':scope > :not([data-line])')) node.dataset.line = line;
  }
  function on(next: ReadoutLine): void {
    line = next;
  }
  /** The row just added is maths: it reads left to right, even in a right-to-left language. */
  function mathRow(): void {
    for (let node = details.lastElementChild; node?.tagName === 'DD'; node = node.previousElementSibling)
      (node as HTMLElement).dir = 'ltr';
  }

  return {
    update(state, { tok, selection, block, exact }) {
      details.replaceChildren();
      if (!tok) {
        grid.textContent = '…';
        count.textContent = '…';
        for (const node of [grid, count, shape, inspector]) delete node.dataset.value;
        return;
      }
      const g = exact?.grid ?? tokenGrid(tok);
      const n = exact?.count ?? volumeOf(g);
      grid.textContent = formatDims(g, '×');
      grid.dataset.value = formatDims(g);
      count.textContent = formatInt(n);
      count.dataset.value = String(n);
      noun.textContent = ` ${STRINGS.tokensFor(n)}`;
      shape.textContent = formatDims(tok.input, ' × ');
      shape.dataset.value = formatDims(tok.input);
      on('input');
      details.append(el('dt', `${STRINGS.formula.input} (T × H × W)`));
      const dd = el('dd');
      dd.append(shape, ` ${STRINGS.readout.inputUnits}`);
      details.append(dd);
      for (const node of details.children) (node as HTMLElement).dataset.line = 'input';
      on('latent');
      const latent = latentShape(tok);
      if (isPixelSpace(tok.vae)) row(STRINGS.formula.latent, STRINGS.formula.pixels);
      else {
        row(
          `${STRINGS.formula.latent} (VAE ${formatDims(tok.vae, '×')}${tok.causal ? STRINGS.readout.causal : ''})`,
          ...latentLines(tok),
        );
        mathRow();
        on('compression');
        const pixelNumbers = volumeOf(tok.input) * 3;
        const latentNumbers = volumeOf(latent) * tok.channels;
        row(
          STRINGS.formula.compression,
          STRINGS.readout.compression(
            formatInt(pixelNumbers),
            formatInt(latentNumbers),
            tok.channels,
            formatInt(Math.round(pixelNumbers / Math.max(1, latentNumbers))),
          ),
        );
      }
      on('grid');
      row(
        `${STRINGS.formula.grid} (${STRINGS.params.patch.label} ${formatDims(tok.patch, '×')})`,
        gridLine(tok, latent),
      );
      mathRow();
      const px = pixelsPerToken(tok);
      const p = tok.patch;
      on('perToken');
      row(
        STRINGS.formula.perToken,
        `C·pt·ph·pw = ${tok.channels}·${p.t}·${p.h}·${p.w} = ${formatInt(valuesPerToken(tok))}`,
      );
      mathRow();
      on('covers');
      row(STRINGS.formula.covers, STRINGS.readout.covers(px.t, px.h, px.w, tok.causal && tok.vae.t > 1));
      on('leftovers');
      if (tok.fit === 'pad' && paddingFraction(tok) > 0)
        row(STRINGS.formula.padding, STRINGS.readout.padding(percent(paddingFraction(tok))));
      if (tok.fit === 'crop' && droppedFraction(tok) > 0)
        row(STRINGS.formula.dropped, STRINGS.readout.dropped(percent(droppedFraction(tok))));
      on('grid');
      if (block && block.t * block.h * block.w > 1) {
        row(STRINGS.formula.blocks, STRINGS.readout.blocks(formatDims(block, '×')));
      }
      on('latent');
      if (state.params.space === 'latent' && !isPixelSpace(tok.vae))
        row(STRINGS.readout.latentShown, STRINGS.readout.latentColours);
      on('noise');
      if (state.params.noise > 0) row(STRINGS.readout.noise, STRINGS.noiseNote);
      lines = state.params.step ? (STEP_LINES[state.params.step] ?? null) : null;
      applyLines();
      if (selection) {
        const { t, y, x } = selection.pos;
        const [f0, f1] = tokenFrameRange(tok, t);
        const rows = `${y * px.h}–${(y + 1) * px.h - 1}`;
        const cols = `${x * px.w}–${(x + 1) * px.w - 1}`;
        inspector.textContent = STRINGS.readout.selected(
          selection.hovered,
          formatInt(selection.index),
          t,
          y,
          x,
          `${f0}–${f1 - 1}`,
          rows,
          cols,
          formatInt(valuesPerToken(tok)),
        );
        inspector.dataset.value = `${t},${y},${x}`;
        const line = tokenGrid(tok); // the grid the selection indexes
        const total = volumeOf(line);
        position.hidden = false;
        position.style.setProperty('--slabs', String(line.t));
        position.style.setProperty('--at', String(total > 1 ? selection.index / (total - 1) : 0));
        position.setAttribute(
          'aria-label',
          STRINGS.readout.position(formatInt(selection.index + 1), formatInt(total), t + 1, line.t),
        );
      } else {
        inspector.textContent = '';
        delete inspector.dataset.value;
        position.hidden = true;
      }
    },
  };
}
