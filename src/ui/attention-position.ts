// Where a token sits for attention: its position ids, and how the model encodes them (3D RoPE's split of a
// head's channels between t, y and x with each channel pair's frequency, or absolute embeddings), plus text.
import type { PresetAttention } from '../model/preset-attention';
import { ropeFrequencies } from '../model/preset-attention';
import type { TokenPos } from '../model/sequence';
import { CPU_CANVAS } from './dom';
import { STRINGS, formatBigInt } from './strings';

const AXIS_RGB = ['#e0475b', '#4da3ff', '#3fb950'] as const; // t, y, x

function drawRope(canvas: HTMLCanvasElement, a: PresetAttention): void {
  if (a.position.kind !== 'rope3d') return;
  const { split } = a.position;
  const dims = [split.t, split.h, split.w];
  const pairs = a.headDim / 2;
  const width = 256;
  const height = 48;
  const ratio = Math.min(window.devicePixelRatio || 1, 2);
  canvas.width = width * ratio;
  canvas.height = height * ratio;
  canvas.style.width = `${width}px`;
  canvas.style.height = `${height}px`;
  const context = canvas.getContext('2d', CPU_CANVAS);
  if (!context) return;
  context.setTransform(ratio, 0, 0, ratio, 0, 0);
  context.clearRect(0, 0, width, height);
  const bar = width / pairs;
  const minLog = Math.log(1 / split.theta);
  let at = 0;
  dims.forEach((dim, axis) => {
    context.fillStyle = AXIS_RGB[axis]!;
    for (const f of ropeFrequencies(dim, split.theta)) {
      const h = 4 + ((Math.log(f) - minLog) / -minLog) * (height - 16);
      context.fillRect(at * bar, height - 12 - h, Math.max(1, bar - 0.5), h);
      at += 1;
    }
    context.font = '10px system-ui, sans-serif';
    context.fillText(STRINGS.attention.ropeAxes[axis]!, (at - dim / 4) * bar, height - 1);
  });
}

export function createPosition(root: HTMLElement) {
  const box = document.createElement('div');
  box.className = 'attn-position';
  const ids = document.createElement('p');
  const how = document.createElement('p');
  const rope = document.createElement('canvas');
  rope.setAttribute('aria-hidden', 'true');
  const text = document.createElement('p');
  const source = document.createElement('p');
  source.className = 'source';
  box.append(ids, how, rope, text, source);
  root.append(box);

  return {
    update(pos: TokenPos | null, name: string | null, a: PresetAttention | null, videoTokens: number): void {
      ids.textContent = pos ? STRINGS.attention.position(pos.t, pos.y, pos.x) : '';
      rope.hidden = a?.position.kind !== 'rope3d';
      if (!a || !name) {
        how.textContent = STRINGS.attention.noModel;
        text.textContent = '';
        source.textContent = '';
        return;
      }
      const p = a.position;
      how.textContent =
        p.kind === 'rope3d'
          ? STRINGS.attention.rope(name, p.split.t, p.split.h, p.split.w, a.headDim, p.split.theta)
          : STRINGS.attention.positionOther(name, STRINGS.attention.positionHow[p.how] ?? p.how);
      drawRope(rope, a);
      const n = formatBigInt(BigInt(a.textTokens));
      if (a.text === 'joint') {
        const total = BigInt(videoTokens + a.textTokens);
        text.textContent = `${STRINGS.attention.joint(name, n)} ${STRINGS.attention.jointCounts(formatBigInt(BigInt(videoTokens)), n, formatBigInt(total), formatBigInt(total * total))}`;
      } else text.textContent = a.text === 'cross' ? STRINGS.attention.cross(name, n) : STRINGS.attention.noText(name);
      const unchecked = a.unverified?.length
        ? ` ${STRINGS.attention.unverified}: ${a.unverified.map((field) => STRINGS.model.fields[field] ?? field).join(', ')}.`
        : '';
      source.textContent = `${STRINGS.attention.source}: ${a.source}.${unchecked}`;
    },
  };
}
