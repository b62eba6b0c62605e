// The slice plane's cross-section as a flat figure: the pixels on the plane, the token boundaries drawn
// over them, cropped parts striped and the selected token outlined.
import type { Axis, Dims, Tokenizer } from '../model/grid';
import { tokenFrameRange } from '../model/extent';
import { pixelsPerToken } from '../model/grid';
import { type SectionImage, sectionAxes, tokenAtCut, tokenBoundaries } from '../model/section';
import type { TokenPos } from '../model/sequence';
import type { Cut, Slice } from '../model/slice';
import { CPU_CANVAS, canvasFigure } from './dom';
import { STRINGS } from './strings';

export interface SectionModel {
  readonly slice: Slice;
  readonly cut: Cut;
  readonly image: SectionImage;
  readonly tok: Tokenizer;
  readonly kept: Dims;
  readonly selected: TokenPos | null;
  readonly cubesView: boolean;
  readonly latent: boolean; // the plane shows the latent, one value per latent voxel
}

const MIN_LINE_GAP_PX = 4; // closer token boundaries are thinned, so the plane stays visible
const HEIGHT_PX = 150; // CSS height of a plane with time on one side
const MAX_FRAME_HEIGHT_PX = 240;
const POS_OF: Record<Axis, keyof TokenPos> = { t: 't', h: 'y', w: 'x' };

/** A token's [start, end) along an axis, in nominal pixels or frames. */
function tokenRange(tok: Tokenizer, axis: Axis, index: number): readonly [number, number] {
  if (axis === 't') return tokenFrameRange(tok, index);
  const step = pixelsPerToken(tok)[axis];
  return [index * step, (index + 1) * step];
}

export function createSection(root: HTMLElement) {
  const { figure, title, canvas, caption } = canvasFigure(root, 'section', 'h2', 'slice-section');
  figure.hidden = true;
  const source = document.createElement('canvas'); // the plane at its own resolution, scaled up when drawn

  function draw(model: SectionModel): string {
    const { cut, image, tok, kept, selected } = model;
    const { across, down } = sectionAxes(cut.axis);
    const input = tok.input;
    const width = Math.max(120, Math.round(figure.clientWidth || 400));
    const height =
      cut.axis === 't' ? Math.min(MAX_FRAME_HEIGHT_PX, Math.round((width * input.h) / input.w)) : HEIGHT_PX;
    const ratio = Math.min(window.devicePixelRatio || 1, 2);
    canvas.width = Math.round(width * ratio);
    canvas.height = Math.round(height * ratio);
    canvas.style.height = `${height}px`;
    const context = canvas.getContext('2d', CPU_CANVAS);
    source.width = image.widthPx;
    source.height = image.heightPx;
    const sourceContext = source.getContext('2d', CPU_CANVAS);
    if (!context || !sourceContext) return '';
    sourceContext.putImageData(new ImageData(new Uint8ClampedArray(image.rgba), image.widthPx, image.heightPx), 0, 0);
    context.setTransform(ratio, 0, 0, ratio, 0, 0);
    context.imageSmoothingEnabled = false;
    context.drawImage(source, 0, 0, width, height);

    const x = (n: number) => (n / input[across]) * width;
    const y = (n: number) => (n / input[down]) * height;
    // Cropped parts: past the kept extent on either page axis, or all of it when the cut itself is past it.
    context.fillStyle = stripes(context);
    if (cut.index >= kept[cut.axis]) context.fillRect(0, 0, width, height);
    else {
      if (kept[across] < input[across]) context.fillRect(x(kept[across]), 0, width, height);
      if (kept[down] < input[down]) context.fillRect(0, y(kept[down]), width, height);
    }

    // Token boundaries: a light line under a dark one, readable on any picture.
    let thinned = 1;
    const lines = (axis: Axis, place: (n: number) => number, vertical: boolean) => {
      const starts = tokenBoundaries(tok, axis);
      const extent = vertical ? width : height;
      const gap = starts.length === 0 ? Infinity : extent / (starts.length + 1);
      const every = Math.max(1, Math.ceil(MIN_LINE_GAP_PX / gap));
      thinned = Math.max(thinned, every);
      const path = new Path2D();
      starts.forEach((start, i) => {
        if ((i + 1) % every !== 0) return;
        const p = Math.round(place(start)) + 0.5;
        if (vertical) {
          path.moveTo(p, 0);
          path.lineTo(p, height);
        } else {
          path.moveTo(0, p);
          path.lineTo(width, p);
        }
      });
      return path;
    };
    const grid = new Path2D();
    grid.addPath(lines(across, x, true));
    grid.addPath(lines(down, y, false));
    context.lineWidth = 3;
    context.strokeStyle = 'rgba(255, 255, 255, 0.45)';
    context.stroke(grid);
    context.lineWidth = 1;
    context.strokeStyle = 'rgba(13, 17, 23, 0.85)';
    context.stroke(grid);

    let outlined = false;
    if (selected && tokenAtCut(tok, cut) === selected[POS_OF[cut.axis]]) {
      const [a0, a1] = tokenRange(tok, across, selected[POS_OF[across]]);
      const [d0, d1] = tokenRange(tok, down, selected[POS_OF[down]]);
      const box = [x(a0), y(d0), x(Math.min(a1, input[across])) - x(a0), y(Math.min(d1, input[down])) - y(d0)] as const;
      context.lineWidth = 4;
      context.strokeStyle = 'rgba(13, 17, 23, 0.9)';
      context.strokeRect(...box);
      context.lineWidth = 2;
      context.strokeStyle = '#ffd23f';
      context.strokeRect(...box);
      outlined = true;
    }
    const S = STRINGS.section;
    const droppedShown = cut.index >= kept[cut.axis] || kept[across] < input[across] || kept[down] < input[down];
    return [
      S[cut.axis](cut.index),
      model.latent ? S.latent : '',
      S.lines,
      thinned > 1 ? S.thinned(thinned) : '',
      outlined ? S.selected : '',
      droppedShown ? S.dropped : '',
      model.cubesView ? '' : S.cubesOnly,
    ].join('');
  }

  let drawn: { model: SectionModel; width: number } | null = null;
  // Redraw only when something on the figure changed: hover and slider ticks re-render the page often.
  const same = (a: SectionModel, b: SectionModel) =>
    a.image === b.image &&
    a.slice === b.slice &&
    a.cubesView === b.cubesView &&
    a.latent === b.latent &&
    JSON.stringify([a.cut.index, a.tok, a.kept, a.selected]) ===
      JSON.stringify([b.cut.index, b.tok, b.kept, b.selected]);

  return {
    update(model: SectionModel | null) {
      figure.hidden = model === null;
      if (!model) return;
      const width = figure.clientWidth;
      if (drawn && drawn.width === width && same(drawn.model, model)) return;
      drawn = { model, width };
      title.textContent = STRINGS.section.title(model.slice.replace(/^(.)(.)$/, '$1–$2'));
      canvas.dataset.value = `${model.slice}@${model.cut.index}`;
      const text = draw(model);
      caption.textContent = text;
      canvas.setAttribute('aria-label', text);
    },
  };
}

/** Translucent red diagonal stripes, as the 3D view marks what crop drops. */
function stripes(context: CanvasRenderingContext2D): CanvasPattern | string {
  const tile = document.createElement('canvas');
  tile.width = tile.height = 8;
  const tileContext = tile.getContext('2d', CPU_CANVAS);
  if (!tileContext) return 'rgba(224, 71, 91, 0.4)';
  tileContext.fillStyle = 'rgba(224, 71, 91, 0.3)';
  tileContext.fillRect(0, 0, 8, 8);
  tileContext.strokeStyle = 'rgba(224, 71, 91, 0.9)';
  tileContext.lineWidth = 2;
  tileContext.beginPath();
  tileContext.moveTo(-2, 10);
  tileContext.lineTo(10, -2);
  tileContext.stroke();
  return context.createPattern(tile, 'repeat') ?? 'rgba(224, 71, 91, 0.4)';
}
