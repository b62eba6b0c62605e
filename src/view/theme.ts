// Colours used by the 3D view. Padding, cut lines and selection are also marked by pattern or width,
// never by colour alone.
export const COLOURS = {
  padding: 0x9aa3b5, // neutral grey-blue, striped
  dropped: 0xe0475b, // cropped leftovers, striped and translucent
  cutLine: 0x0d1117,
  selection: 0xffd23f,
  frameEdge: 0xffffff,
  attnSpatial: 0x3fa7ff, // factorised: keys of the spatial pass
  attnTemporal: 0xff7a3f, // factorised: keys of the temporal pass
} as const;

/** Colours of the packed clips in the sequence, the same as the packing bar's segments (ui/packing.ts). */
export const PACK_COLOURS = ['#4f8cff', '#ff6b8b', '#3cc49a', '#f2b134'] as const;
