// Every model side by side at the current nominal input, each under its own rules and its own attention.
import { pairsOf } from '../model/attention-pattern';
import { type Dims, formatDims } from '../model/grid';
import { presetAttention } from '../model/preset-attention';
import { PRESETS } from '../model/presets';
import { checkSize } from '../model/rules';
import { presetTokenizer } from '../model/preset-grid';
import { el } from './dom';
import { modelName } from './i18n';
import { STRINGS, formatBigInt, formatSI } from './strings';

/** Pairs per layer of one model: its video pattern, plus text where it joins (joint) or is attended (cross). */
function modelPairs(grid: Dims, pattern: 'full' | 'factorised', id: string, textTokens: number): bigint {
  const video = pairsOf({ pattern, window: { t: 1, h: 1, w: 1 } }, grid);
  const text = presetAttention(id);
  const n = BigInt(grid.t * grid.h * grid.w);
  const l = BigInt(text?.text === 'none' ? 0 : (text?.textTokens ?? textTokens));
  if (text?.text === 'joint') return video + 2n * n * l + l * l; // (N + L)² when the video part is full
  return video + n * l; // cross-attention: N queries × L text keys
}

export function createModelRows(root: HTMLElement, onPick: (presetId: string) => void) {
  const details = el('details', undefined, 'attn-models');
  const summary = el('summary', STRINGS.attention.modelsTitle);
  const note = el('p', STRINGS.attention.modelsNote, 'source');
  const table = document.createElement('table');
  const head = table.createTHead().insertRow();
  for (const text of STRINGS.attention.modelsHead) head.append(el('th', text));
  const body = table.createTBody();
  details.open = true;
  details.append(summary, note, table);
  root.append(details);
  let key = '';

  return {
    update(input: Dims | null, current: string | null): void {
      details.hidden = input === null;
      if (!input) return;
      const next = JSON.stringify([input, current]);
      if (next === key) return;
      key = next;
      body.replaceChildren();
      for (const preset of PRESETS) {
        const { grid, count } = presetTokenizer(preset, input);
        const row = body.insertRow();
        row.dataset.testid = 'model-row';
        row.dataset.model = preset.id;
        row.dataset.value = String(count);
        row.tabIndex = 0;
        row.classList.toggle('current', preset.id === current);
        const broken = checkSize(preset, input).length > 0;
        const pairs = modelPairs(grid, preset.attention, preset.id, preset.textTokens);
        const cells = [
          `${modelName(preset.name)}${broken ? ' ⚠' : ''}`,
          formatDims(grid, '×'),
          formatBigInt(BigInt(count)),
          `${formatSI(4n * pairs * BigInt(preset.modelWidth), 'FLOPs')}${preset.attention === 'factorised' ? ` (${STRINGS.attention.patternNames.factorised})` : ''}`,
        ];
        for (const text of cells) row.insertCell().textContent = text;
        if (broken) row.title = STRINGS.attention.breaks;
        row.addEventListener('click', () => onPick(preset.id));
        row.addEventListener('keydown', (event) => {
          if (event.key === 'Enter' || event.key === ' ') {
            event.preventDefault();
            onPick(preset.id);
          }
        });
      }
    },
  };
}
