// The attention section: pick a pattern (and a window), read who the selected token attends to and what a layer
// costs, see the mask, every pattern side by side, the token's positions and the text, and every model at once.
import { type AttentionSpec, PATTERNS, type Pattern, keysOf, patternCost } from '../model/attention-pattern';
import { AXES, type Dims } from '../model/grid';
import { presetAttention } from '../model/preset-attention';
import { PARAMS } from '../state/params';
import type { Preset } from '../model/preset-types';
import type { TokenPos } from '../model/sequence';
import { createMaskFigure } from './attention-mask-figure';
import { createModelRows } from './attention-models';
import { createPosition } from './attention-position';
import { button } from './dom';
import { modelName } from './i18n';
import { LOCALE, STRINGS, formatBigInt, formatSI } from './strings';

export interface AttentionView {
  readonly spec: AttentionSpec;
  readonly grid: Dims | null; // the exact grid the counts use
  readonly selected: { readonly index: number; readonly pos: TokenPos } | null;
  readonly preset: Preset | null;
  readonly input: Dims | null;
}

export interface AttentionActions {
  setPattern(pattern: Pattern, window?: Dims): void;
  setWindow(window: Dims): void;
  usePreset(id: string): void;
}

/** A share in percent, 3 significant digits (2 below 1 %), in the language's format. */
const percent = (ratio: number) =>
  (ratio * 100).toLocaleString(LOCALE, {
    minimumSignificantDigits: ratio * 100 >= 1 ? 3 : 2,
    maximumSignificantDigits: ratio * 100 >= 1 ? 3 : 2,
  });

function readout(list: HTMLElement, testid: string | null, term: string) {
  const dd = document.createElement('dd');
  if (testid) dd.dataset.testid = testid;
  list.append(Object.assign(document.createElement('dt'), { textContent: term }), dd);
  return dd;
}

export function createAttention(root: HTMLElement, actions: AttentionActions) {
  const S = STRINGS.attention;
  const section = document.createElement('section');
  section.className = 'attention';
  section.setAttribute('aria-label', S.label);
  const title = Object.assign(document.createElement('h2'), { textContent: S.title });
  const controls = document.createElement('div');
  controls.className = 'attn-controls';
  const select = document.createElement('select');
  select.setAttribute('aria-label', S.pattern);
  for (const p of PATTERNS) select.append(new Option(S.patterns[p], p));
  select.addEventListener('change', () => actions.setPattern(select.value as Pattern));
  const windowBox = Object.assign(document.createElement('label'), { textContent: `${S.window} ` });
  const sizes = AXES.map((axis) => {
    const input = Object.assign(document.createElement('input'), { type: 'number', min: '1', step: '2' });
    input.setAttribute('aria-label', `${S.window} ${axis}`);
    input.addEventListener('change', () => {
      // Odd and within the URL's range, as the codec would make it (a window is centred on its query).
      const odd = (n: number, axis: (typeof AXES)[number]) => {
        const clamped = Math.min(PARAMS.window.max[axis], Math.max(1, Math.round(n) || 1));
        return clamped % 2 === 1 ? clamped : clamped + 1;
      };
      const asked = Object.fromEntries(AXES.map((a, i) => [a, odd(Number(sizes[i]!.value), a)]));
      actions.setWindow(asked as unknown as Dims);
    });
    return input;
  });
  windowBox.append(...sizes);
  const offer = document.createElement('p');
  controls.append(select, windowBox, offer);
  const sentence = document.createElement('p');
  sentence.className = 'attn-sentence';
  sentence.setAttribute('aria-live', 'polite');
  const list = document.createElement('dl');
  list.className = 'formula';
  const keys = readout(list, 'attn-keys', S.keys);
  const pairs = readout(list, 'attn-pairs', S.pairs);
  const flops = readout(list, null, S.flops);
  const ratio = readout(list, null, S.ratio);
  section.append(title, controls, sentence, list);
  const mask = createMaskFigure(section);
  const table = document.createElement('table');
  table.className = 'attn-table';
  table.createCaption().textContent = S.tableTitle;
  const head = table.createTHead().insertRow();
  for (const text of S.tableHead) head.append(Object.assign(document.createElement('th'), { textContent: text }));
  const body = table.createTBody();
  section.append(table);
  const position = createPosition(section);
  const models = createModelRows(section, actions.usePreset);
  root.append(section);

  function updateOffer(preset: Preset | null): void {
    offer.replaceChildren();
    const offered = preset ? presetAttention(preset.id)?.offers : undefined;
    if (!preset || !offered) return;
    const text = S.offer(modelName(preset.name), S.patternNames[offered.pattern], offered.shipped);
    offer.append(button(text, () => actions.setPattern(offered.pattern, offered.window)));
    offer.title = offered.source;
  }

  function updateTable(spec: AttentionSpec, grid: Dims, pos: TokenPos): void {
    body.replaceChildren();
    for (const pattern of PATTERNS) {
      const each = { ...spec, pattern };
      const cost = patternCost(each, grid, null);
      const row = body.insertRow();
      row.classList.toggle('current', pattern === spec.pattern);
      for (const text of [
        S.patternNames[pattern],
        formatBigInt(BigInt(keysOf(each, grid, pos))),
        formatBigInt(cost.pairs),
        `${percent(cost.ratio)} %`,
      ])
        row.insertCell().textContent = text;
    }
  }

  return {
    update(view: AttentionView): void {
      const { spec, grid, selected, preset } = view;
      select.value = spec.pattern;
      windowBox.hidden = spec.pattern !== 'window';
      sizes.forEach((input, i) => (input.value = String(spec.window[AXES[i]!])));
      updateOffer(preset);
      const count = grid ? grid.t * grid.h * grid.w : 0;
      const a = preset ? (presetAttention(preset.id) ?? null) : null;
      models.update(view.input, preset?.id ?? null);
      if (!grid || count === 0 || !selected) {
        mask.update(null, null, null);
        return;
      }
      // The selection follows the view's grid; the counts use the model's exact grid.
      const pos = {
        t: Math.min(selected.pos.t, grid.t - 1),
        y: Math.min(selected.pos.y, grid.h - 1),
        x: Math.min(selected.pos.x, grid.w - 1),
      };
      const index = (pos.t * grid.h + pos.y) * grid.w + pos.x;
      const k = keysOf(spec, grid, pos);
      const cost = patternCost(spec, grid, preset?.modelWidth ?? null);
      keys.dataset.value = String(k);
      keys.textContent = formatBigInt(BigInt(k));
      pairs.dataset.value = cost.pairs.toString();
      pairs.textContent = formatBigInt(cost.pairs);
      flops.textContent =
        cost.flops === null ? S.noWidth : `${formatSI(cost.flops, 'FLOPs')} (d = ${preset?.modelWidth})`;
      ratio.textContent = `${percent(cost.ratio)} %`;
      sentence.textContent = S.sentence(
        formatBigInt(BigInt(index)),
        formatBigInt(BigInt(k)),
        formatBigInt(BigInt(count)),
        percent(k / count),
      );
      mask.update(spec, grid, index);
      updateTable(spec, grid, pos);
      position.update(pos, preset ? modelName(preset.name) : null, a, count);
    },
  };
}
