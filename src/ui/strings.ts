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
  localLinkMissing:
    'This link was made with someone’s own video file, which never leaves their browser; showing the default clip.',
  dropHint: 'Drop a video or image to load it',
  contextLost:
    'The 3D view lost its graphics context (the GPU was reset or is busy). It comes back when the browser restores it; the numbers still work.',
  camera: {
    record: 'Record from camera',
    starting: 'Starting the camera…',
    stop: 'Stop',
    recording: (secondsLeft: number) => `Recording… ${secondsLeft} s left`,
    fileName: 'camera-recording',
    denied:
      'Camera access was denied. To record, allow the camera for this page in your browser’s site settings, then try again.',
    notFound: 'No camera was found. Connect one and try again, or use a video file instead.',
    busy: 'The camera could not be started; another app may be using it. Close that app and try again.',
    unavailable:
      'This browser can’t use a camera here: camera access needs a secure (https:) page and a recent browser. Use a video file instead.',
    cannotRecord: 'This browser can’t record video from the camera. Use a video file instead.',
    failed: 'Recording from the camera failed. Try again, or use a video file instead.',
  },
  packing: {
    title: 'Patch n’ pack: three clips, one sequence',
    total: (n: string) =>
      `${n} tokens in one sequence. Each clip keeps its native size, shape and length; attention is masked so clips do not see each other.`,
  },
  lengths: {
    title: 'Same shape, other lengths (16 fps)',
    item: (seconds: number, frames: number, count: string) => `${seconds} s (${frames} frames): ${count}`,
  },
  aspects: { title: 'Same area, other shapes' },
  readout: {
    inputUnits: 'frames × px × px',
    causal: ', causal',
    compression: (pixels: string, latent: string, channels: number, ratio: string) =>
      `${pixels} numbers (×3 colours) → ${latent} (×${channels} channels): ${ratio}× fewer`,
    covers: (t: number, h: number, w: number, causalFirst: boolean) =>
      `${t} frames × ${h} × ${w} px${causalFirst ? ' (the first slab: fewer frames)' : ''}`,
    padding: (share: string) => `${share} of the token volume (striped)`,
    dropped: (share: string) => `${share} of the input (striped red)`,
    blocks: (b: string) => `${b} tokens, so the view stays fast; every cut line is still drawn`,
    noise: 'noise',
    position: (place: string, total: string, slab: number, slabs: number) =>
      `In the sequence: token ${place} of ${total}, in time slab ${slab} of ${slabs}.`,
    selected: (
      hovered: boolean,
      index: string,
      t: number,
      y: number,
      x: number,
      frames: string,
      rows: string,
      cols: string,
      values: string,
    ) =>
      `${hovered ? 'token under the pointer (click to keep it)' : 'selected token'} #${index} at (t, y, x) = (${t}, ${y}, ${x}): frames ${frames}, rows ${rows}, columns ${cols}; a vector of ${values} numbers`,
  },
  describe: {
    loading: (clip: string) => `Loading ${clip}.`,
    views: {
      stack: 'its frames stacked into a volume',
      cubes: 'the volume cut into spacetime patches',
      sequence: 'its tokens laid out in sequence order',
    },
    cut: {
      h: (row: number) => `cut open along pixel row ${row}, which shows every frame's row ${row}`,
      w: (col: number) => `cut open along pixel column ${col}, which shows every frame's column ${col}`,
      t: (frame: number) => `cut open at frame ${frame}`,
    },
    selected: (index: string, t: number, y: number, x: number) =>
      `; token ${index} at t ${t}, y ${y}, x ${x} is selected`,
    view: (clip: string, what: string, grid: string, selected: string) =>
      `3D view of ${clip}, showing ${what}: ${grid}${selected}. Arrow keys and Page Up/Down move the selection; + and − zoom.`,
  },
  packingItem: (id: string, grid: string, tokens: string, first: string, last: string) =>
    `${id}: ${grid} = ${tokens} tokens, indices ${first}–${last}`,
  sequenceMarks:
    'Left: the index of each row’s first token. t=k: where time slab k starts. Tokens run frame by frame, row by row.',
  strip: 'The pixels this token covers, frame by frame (padding is see-through).',
  section: {
    title: (slice: string) => `Slice ${slice}`,
    h: (row: number) =>
      `Pixel row ${row} of every frame; time runs down. Whatever moves leaves a slanted streak: time is just another axis.`,
    w: (col: number) =>
      `Pixel column ${col} of every frame; time runs to the right. Whatever moves leaves a slanted streak: time is just another axis.`,
    t: (frame: number) => `Frame ${frame}, as the cut meets it.`,
    latent: ' Shown as the latent: one value per latent voxel.',
    lines: ' Lines are token boundaries: each cell is one token’s share of this plane.',
    thinned: (every: number) => ` Tokens are this small, so one line is drawn per ${every}.`,
    selected: ' The selected token is outlined.',
    dropped: ' Striped red: cropped away, in no token.',
    cubesOnly: ' The 3D cut shows in the cubes view.',
  },
  noiseNote:
    'Noise added to every token. The model learns to predict ε and remove it, step by step, until a clean video is left.',
  model: {
    label: 'Model and attention cost',
    costTitle: 'What attention over these tokens costs',
    custom: 'Custom tokenizer',
    illustrative: 'Illustrative: OpenAI has not published Sora’s tokenizer; these numbers only show the idea.',
    source: 'Source',
    unverified: 'Not verified',
    use: 'Use',
    sequence: 'sequence',
    pairs: 'attention pairs',
    width: 'model width',
    assumed: 'assumed; pick a model for its own',
    attention: 'full attention',
    linear: 'linear layers',
    factorised: 'space + time',
    scores: 'naive score matrix',
    units: 'Per layer, forward. 1 multiply-add = 2 FLOPs; papers often print multiply-adds as “FLOPs”, half these.',
  },
  tour: {
    label: 'Tour',
    start: 'Take the tour',
    previous: '← Previous',
    next: 'Next →',
    close: 'Close',
    captions: {
      frames: 'A video is a pile of still frames. Here they are, pulled apart along time.',
      stack: 'Push them together and the video is a block: width, height, and time as a third axis.',
      cubes:
        '“Like if you were to have a stack of all the video frames and you cut little cubes from it.” Each cube is one token: a spacetime patch.',
      latent:
        'Sora does not cut pixels. A video autoencoder first compresses the clip “both temporally and spatially”: here 4 frames × 8 × 8 pixels become one latent voxel with 16 channels.',
      tokens:
        'Patches are cut from the latent. Each cube is flattened into one vector (C·pt·ph·pw numbers) and projected to the model’s width: a token.',
      sequence:
        'The transformer reads the cubes like words in a sentence, in time-major raster order: frame by frame, row by row.',
      packing:
        'Sora trains on videos and images at their native sizes. Cut each into spacetime patches and pack the tokens into one sequence: no cropping to a square, no resizing.',
      noise:
        'Diffusion adds Gaussian noise to every token: x_t = √ᾱ·x₀ + √(1−ᾱ)·ε. The model learns to predict the noise and undo it, step by step.',
    },
  },
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
  panel: {
    clip: 'Clip',
    input: 'Model input',
    tokenizer: 'Tokenizer',
    view: 'View',
    resetInput: 'Use the clip’s size',
    seconds: 'duration (s)',
    fps: 'frame rate (fps)',
  },
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

    blocks: 'drawn as blocks of',
  },
  attention: {
    title: 'Attention: who each token looks at',
    label: 'Attention pattern, its mask and its cost',
    pattern: 'pattern',
    window: 'window (tokens, T×H×W, odd)',
    patterns: {
      full: 'full: every token',
      spatial: 'spatial: its token frame',
      temporal: 'temporal: its place in every frame',
      factorised: 'factorised: spatial, then temporal',
      window: 'window: a neighbourhood',
      causal: 'causal: its frame and earlier',
    },
    sentence: (index: string, keys: string, total: string, share: string) =>
      `token #${index} attends to ${keys} of ${total} tokens (${share} %)`,
    keys: 'keys of this token',
    pairs: 'query-key pairs per layer',
    flops: 'attention per layer, 4·pairs·d',
    ratio: 'of full attention',
    noWidth: 'no model width: pick a model for FLOPs',
    maskTitle: 'The attention matrix, in sequence order',
    maskCaption: (pixels: string, exact: boolean) =>
      exact
        ? `Rows are queries, columns keys, one pixel per pair (${pixels} × ${pixels}); bright = attended. The yellow line is the selected token’s row; t=k marks where token frame k starts.`
        : `Rows are queries, columns keys, downsampled to ${pixels} × ${pixels}: each pixel’s brightness is the share of allowed pairs in its block. The yellow line is the selected token’s row; t=k marks where token frame k starts.`,
    twoPasses: 'Blue: the spatial pass; orange: the temporal pass.',
    tableTitle: 'Every pattern on this grid',
    tableHead: ['pattern', 'keys', 'pairs per layer', 'of full'] as const,
    position: (t: number, y: number, x: number) => `Position ids of this token: t = ${t}, y = ${y}, x = ${x}.`,
    rope: (model: string, t: number, h: number, w: number, dim: number, theta: number) =>
      `${model} rotates each head’s ${dim} channels by 3D RoPE: ${t} by t, ${h} by y, ${w} by x (θ = ${theta}). Each bar is one channel pair’s rotation frequency, fast to slow.`,
    ropeAxes: ['t', 'y', 'x'] as const,
    positionOther: (model: string, how: string) => `${model}: ${how}.`,
    noModel: 'Pick a model to see its positions and text tokens.',
    joint: (model: string, n: string) =>
      `${model} attends jointly over text and video: ${n} text tokens join the sequence, and every pair counts.`,
    cross: (model: string, n: string) =>
      `${model} uses cross-attention: text (${n} tokens) enters only as keys and values, never as queries in this sequence.`,
    textMark: ({ kind, tokens }: { kind: 'joint' | 'cross'; tokens: number }) =>
      kind === 'joint'
        ? `+ ${tokens.toLocaleString('en-US')} text tokens, joined to this sequence (joint attention)`
        : `text: ${tokens.toLocaleString('en-US')} tokens, keys and values only (cross-attention)`,
    noText: (model: string) => `${model} has no text tokens in its attention.`,
    jointCounts: (video: string, text: string, total: string, pairs: string) =>
      `With text: ${video} video + ${text} text = ${total} tokens, ${pairs} pairs per layer under full attention.`,
    offer: (model: string, pattern: string, shipped: boolean) =>
      `Use ${model}’s ${pattern} attention (${shipped ? 'as shipped' : 'a research variant, not shipped'})`,
    source: 'Source',
    unverified: 'Not checked',
    modelsTitle: 'Every model at this input',
    modelsHead: ['model', 'grid', 'video tokens', 'attention per layer'] as const,
    modelsNote:
      'Each row uses that model’s own rules (size snapping, padding, chunking) and its own attention; text tokens count where they join the sequence. Click a row to use the model.',
    breaks: 'breaks a size rule here',
  },
} as const;

export function formatInt(n: number): string {
  return n.toLocaleString('en-US');
}
