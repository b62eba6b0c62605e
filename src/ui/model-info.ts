// The model behind the numbers: which preset (and its source), its size rules with a fix, text tokens,
// and what attention over this many tokens costs.
import { attentionCost, formatBig as formatBigAscii } from '../model/attention';
import type { Dims } from '../model/grid';
import type { Preset } from '../model/preset-types';
import type { PresetNote } from '../model/preset-grid';
import { type RuleViolation, formatRule } from '../model/rules';
import { el } from './dom';
import { modelName } from './i18n';
import { presetNoteText } from './model-notes';
import { setText } from './notices';
import { STRINGS, formatBigInt, formatNumber, formatPercent } from './strings';

/** "2.35 TFLOPs" with the mantissa in the language's format ("2,35 TFLOPs"). */
function formatBig(n: bigint, unit = ''): string {
  return formatBigAscii(n, unit).replace(/^-?\d+(\.\d+)?/, (mantissa) => formatNumber(Number(mantissa), 3));
}
const formatExact = formatBigInt;

/** A broken size rule in the language; the same sentence model/rules.ts writes in English. */
export function ruleText(preset: Preset, violation: RuleViolation): string {
  if (violation.axis === 't' && preset.frameRule) {
    const strict = preset.frameRule.mode !== 'expect';
    return STRINGS.rules.frames(modelName(preset.name), strict, formatRule(preset.frameRule), violation.nearest);
  }
  const size = preset.sizeMultiplePx;
  if (violation.axis === 't' || !size) return violation.message;
  const strict = size.mode !== 'expect';
  return STRINGS.rules.size(
    modelName(preset.name),
    strict,
    violation.axis.toUpperCase(),
    size[violation.axis],
    violation.nearest,
  );
}

export interface ModelInfo {
  readonly preset: Preset | null;
  readonly grid: Dims | null;
  readonly videoTokens: number;
  readonly violations: readonly RuleViolation[];
  readonly notes: readonly PresetNote[];
}

/** Width and heads used for the cost readout when no preset names a model. */
export const ASSUMED_MODEL = { modelWidth: 1152, heads: 16 } as const;

export function createModelInfo(root: HTMLElement, onFix: (axis: RuleViolation['axis'], value: number) => void) {
  const section = el('section', undefined, 'model-info');
  section.setAttribute('aria-label', STRINGS.model.label);
  root.append(section);
  let openCost = false; // the cost table is one click away; the rule messages are always shown

  function costList(info: ModelInfo, textTokens: number): HTMLElement {
    const { modelWidth, heads } = info.preset ?? ASSUMED_MODEL;
    const grid = info.grid ?? { t: 0, h: 0, w: 0 };
    const n = info.videoTokens + textTokens;
    const cost = attentionCost({ tokens: n, modelWidth, heads, framesT: grid.t, tokensPerFrame: grid.h * grid.w });
    const list = el('dl', undefined, 'formula');
    const row = (term: string, value: string) => list.append(el('dt', term), el('dd', value));
    row(
      STRINGS.model.sequence,
      `N = ${formatExact(BigInt(n))}${textTokens ? ` (${STRINGS.cost.split(formatExact(BigInt(info.videoTokens)), formatExact(BigInt(textTokens)))})` : ''}`,
    );
    row(STRINGS.model.pairs, `N² = ${formatExact(cost.pairs)}`);
    row(
      STRINGS.model.width,
      `d = ${modelWidth}, ${STRINGS.cost.heads(heads)}${info.preset ? '' : ` (${STRINGS.model.assumed})`}`,
    );
    row(STRINGS.model.attention, `4·N²·d = ${formatBig(cost.attentionFlops, 'FLOPs')}`);
    row(STRINGS.model.linear, `24·N·d² = ${formatBig(cost.linearFlops, 'FLOPs')}`);
    const ratio = cost.factorisedRatio;
    row(
      STRINGS.model.factorised,
      `4·N·d·(S + T′) = ${formatBig(cost.factorisedFlops, 'FLOPs')} (${ratio > 0 ? STRINGS.cost.ofFull(formatPercent(ratio, ratio < 0.1 ? 1 : 0)) : '–'})`,
    );
    row(
      STRINGS.model.scores,
      `${STRINGS.cost.headsVar}·N²·2 B = ${formatBig(cost.scoreMatrixBytes, 'B')} ${STRINGS.cost.perLayer}`,
    );
    list.append(el('dd', STRINGS.model.units, 'units'));
    return list;
  }

  return {
    update(info: ModelInfo) {
      section.replaceChildren();
      const { preset } = info;
      const title = el('h2', preset ? modelName(preset.name) : STRINGS.model.custom);
      section.append(title);
      if (preset?.illustrative) section.append(el('p', STRINGS.model.illustrative, 'illustrative'));
      if (preset) {
        const source = el('p', `${STRINGS.model.source}: ${preset.source}`, 'source');
        section.append(source);
        if (preset.unverified?.length)
          section.append(
            el(
              'p',
              `${STRINGS.model.unverified}: ${preset.unverified.map((field) => STRINGS.model.fields[field] ?? field).join(', ')}`,
              'source',
            ),
          );
      }
      for (const violation of info.violations) {
        const line = el('p', undefined, 'violation');
        const fix = el('button', `${STRINGS.model.use} ${violation.nearest}`);
        fix.type = 'button';
        fix.addEventListener('click', () => onFix(violation.axis, violation.nearest));
        line.append(el('span', preset ? ruleText(preset, violation) : violation.message), ' ', fix);
        section.append(line);
      }
      for (const note of info.notes) {
        const line = el('p', undefined, 'model-note');
        setText(line, presetNoteText(note));
        section.append(line);
      }
      const cost = el('details', undefined, 'cost');
      cost.open = openCost;
      cost.addEventListener('toggle', () => (openCost = cost.open));
      cost.append(el('summary', STRINGS.model.costTitle), costList(info, preset?.textTokens ?? 0));
      section.append(cost);
    },
  };
}
