// Every user-facing string of the interface, in one place, ready for translation.
export const STRINGS = {
  title: 'Spacetime patches',
  tagline: 'How a video becomes tokens for a diffusion transformer',
  tokens: 'tokens',
  grid: 'grid',
  loading: 'Decoding the clip…',
  cancel: 'Cancel',
  openFile: 'Use your own video…',
  dismiss: 'Dismiss',
  noWebgl: 'The 3D view needs WebGL, which this browser has turned off. The numbers below still work.',
  localLinkMissing: 'This link was made with someone’s own video file, which never leaves their browser; showing the default clip.',
  panel: { clip: 'Clip', input: 'Model input', tokenizer: 'Tokenizer', view: 'View', resetInput: 'Use the clip’s size' },
  formula: {
    input: 'input',
    latent: 'latent',
    pixels: 'pixels (no VAE)',
    grid: 'token grid',
    compression: 'compression',
    perToken: 'values per token',
    covers: 'each token covers',
    padding: 'padding',
    dropped: 'cropped away',
    selected: 'selected token',
    blocks: 'drawn as blocks of',
  },
} as const;

export function formatInt(n: number): string {
  return n.toLocaleString('en-US');
}
