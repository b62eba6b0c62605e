// What a model does to the input by itself (src/model/preset-grid.ts PresetNote), in the language in use.
import { formatDims } from '../model/grid';
import type { PresetNote, Rounding } from '../model/preset-grid';
import { modelName } from './i18n';
import { STRINGS, formatInt } from './strings';

function rounding(change: Rounding): string {
  const words = STRINGS.notices.model;
  return change.axis === 'frames'
    ? words.padFrames(change.from, change.to, change.rule)
    : words.padSize(change.axis, change.from, change.to, change.multiple);
}

export function presetNoteText(note: PresetNote): string {
  const words = STRINGS.notices.model;
  if ('model' in note) note = { ...note, model: modelName(note.model) };
  switch (note.kind) {
    case 'pads':
      return words.pads(note.model, note.changes.map(rounding).join(', '));
    case 'chunks':
      return (
        words.chunks(note.model, note.chunkFrames, note.chunkLatents, note.frames, note.full) +
        (note.rest === 0 ? '' : words.lastChunk(note.rest, note.padTo)) +
        words.chunksEnd(note.latentT)
      );
    case 'latentPad':
      return words.latentPad(note.model, note.latentT, note.patchT);
    case 'breaks':
      return words.breaks(note.model);
    case 'drawn':
      return words.drawn(
        STRINGS.options.fit[note.fit],
        formatDims(note.drawn, '×'),
        note.model,
        formatDims(note.grid, '×'),
      );
    case 'text':
      return words.text(formatInt(note.tokens));
  }
}
