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
  share: {
    title: 'Share, embed, export',
    copyLink: 'Copy link',
    copyEmbed: 'Copy embed code',
    png: 'Save PNG',
    webm: 'Record unroll (WebM)',
    hide: 'embed hides the',
    output: 'Link or embed code',
    copied: 'Copied.',
    selectToCopy: 'Selected: press Ctrl+C or ⌘C to copy.',
    working: 'Working…',
    exportFailed: 'This browser could not export the view.',
  },
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
