import { formatBig as formatBigAscii } from '../model/attention';

// Every user-facing string of the interface, in one place: the English table. Translations (src/ui/i18n/)
// are typed `Strings`, so a key missing there is a type error. STRINGS is the table of the language in use.
/** The numbers a tour caption quotes, already formatted. */
export interface TourNumbers {
  readonly frames: string;
  readonly width: string;
  readonly height: string;
  readonly count: string;
  readonly patch: string; // t×h×w
  readonly grid: string; // T′ × H′ × W′
  readonly values: string; // numbers per token
  readonly valuesBefore: string;
  readonly vae: string;
  readonly channels: string;
  readonly latent: string;
  readonly latentT: string;
  readonly before: string; // the count at the step before
  readonly fewer: string; // before ÷ count ("241", "3.9")
  readonly vaePixels: string; // pixels per latent voxel (4·8·8 = 256)
  readonly vaeValues: string; // their colour numbers (768)
  readonly patchVolume: string; // voxels (or pixels) per token
  readonly window: string; // the attention window, t × h × w tokens
  readonly keys: string; // tokens the selected token looks at
  readonly pairs: string; // pairs compared per layer
  readonly share: string; // of full attention, with its % sign
}
export const EN = {
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
  pageTitle: 'Spacetime patches: how a video becomes tokens',
  noscript: 'This explainer needs JavaScript to decode the video and draw it in 3D.',
  theClip: 'the clip',
  controls: 'Controls',
  language: 'Language',
  clips: { landscape: 'Landscape 16:9', portrait: 'Portrait 9:16', square: 'Square 1:1' },
  /** The panel's labels and help, by URL key (src/state/params.ts holds the English; a key missing here falls back to it). */
  params: {
    clip: { label: 'clip', help: 'A bundled clip or an https:// URL to a video served with CORS.' },
    preset: {
      label: 'model',
      help: 'A real model’s tokenizer: VAE stride, channels, patch, size rules and a typical size.',
    },
    w: { label: 'width', help: 'Nominal model input width in pixels. Default: the clip’s display width.' },
    h: { label: 'height', help: 'Nominal model input height in pixels. Default: the clip’s display height.' },
    t: { label: 'frames', help: 'Nominal model input length in frames. Default: the clip’s frame count.' },
    vae: {
      label: 'VAE stride',
      help: 'Compression stride of the video autoencoder, T×H×W. 1×1×1 means patches are cut from raw pixels.',
    },
    causal: { label: 'causal VAE', help: 'A causal VAE encodes the first frame alone: T′ = 1 + (T − 1) / s_t.' },
    c: { label: 'latent channels', help: 'Channels C of each latent voxel. Default: 3 for pixels, 16 for a latent.' },
    patch: { label: 'patch', help: 'Patch size T×H×W, in latent units.' },
    fit: {
      label: 'leftovers',
      help: 'crop drops what does not fill a whole cube; pad fills the last cube with padding.',
    },
    view: {
      label: 'view',
      help: 'stack: the frames; cubes: the volume cut into patches; sequence: the patches in transformer order.',
    },
    space: {
      label: 'show',
      help: 'pixels: the video as it is; latent: what the VAE hands the transformer, one sample per latent voxel.',
    },
    explode: { label: 'explode', help: 'Pull the cubes apart.' },
    slice: {
      label: 'slice',
      help: 'Cut the cubes open: xt shows one pixel row of every frame (motion becomes streaks), yt one column, xy one frame.',
    },
    at: { label: 'slice at', help: 'Where the slice plane cuts, from 0 (top, left, first frame) to 1.' },
    token: { label: 'token', help: 'Selected token, by its index in the sequence (t-major raster order).' },
    noise: { label: 'noise', help: 'Diffusion noise level: 0 is the clean video, 1 is pure noise.' },
    lang: { label: 'language', help: 'Interface language.' },
  },
  /** What the panel's choices are called (the URL keeps the English values). */
  options: {
    fit: { crop: 'crop', pad: 'pad' },
    view: { stack: 'stack', cubes: 'cubes', sequence: 'sequence' },
    space: { pixels: 'pixels', latent: 'latent' },
    slice: { off: 'off', xt: 'x–t', yt: 'y–t', xy: 'x–y' },
    hide: { panel: 'panel', readout: 'readout', tour: 'tour' },
  },
  /** "12 tokens": the noun for a count, by Intl.PluralRules. */
  tokensFor: (n: number) => (pluralOf(n) === 'one' ? 'token' : 'tokens'),
  aria: {
    readout: 'Token count',
    aspects: 'Same area in other aspect ratios',
    packed: (n: string) => `${n} tokens in one sequence`,
  },
  cost: {
    split: (video: string, text: string) => `${video} video + ${text} text`,
    heads: (n: number) => `${n} heads`,
    ofFull: (share: string) => `${share} of full`,
    perLayer: 'per layer',
    /** The number of heads as a factor in a formula. */
    headsVar: 'heads',
  },
  /** The media layer's alerts (src/media/errors.ts MESSAGES, same keys, same English), shown in the language. */
  media: {
    empty: 'This file is empty (0 bytes). Choose a video or image file.',
    notMedia:
      "This file isn't a video or image this page can read. Try an MP4, WebM or MOV video, or a PNG, JPEG, WebP or GIF image.",
    notMediaUrl:
      "This address doesn't lead to a video or image this page can read. Try an MP4, WebM or MOV video, or a PNG, JPEG, WebP or GIF image.",
    audioOnly: 'This file has sound but no video track. Choose a video file.',
    noVideo: 'This file has no video track. Try an MP4, WebM or MOV video, or a PNG, JPEG, WebP or GIF image.',
    noWebCodecs: "This browser can't decode video (it lacks WebCodecs). Try a recent Chrome, Edge, Firefox or Safari.",
    unknownCodec: "This video uses a codec this browser can't decode. Re-encode it to H.264, VP9 or AV1 and try again.",
    corrupt: "This video couldn't be decoded; the file may be damaged or incomplete. Try exporting it again.",
    truncated: 'This video stops early; the file seems cut short or damaged. Try the complete file or export it again.',
    unreadable: "This file couldn't be read; it may be damaged or incomplete. Try exporting it again.",
    imageCorrupt: "This image couldn't be decoded; the file may be damaged or incomplete. Try exporting it again.",
    urlRefused: 'Only https: addresses or files on this site can be loaded. Check the address.',
    urlBlocked:
      "The video couldn't be fetched. Check the address; a video on another site loads only if its server allows cross-origin requests (CORS).",
    cancelled: 'Loading was cancelled.',
    unexpected: "The clip couldn't be loaded. Try another file.",
  },
  /** A model's size rule the input breaks (model/rules.ts checkSize), and the nearest size that keeps it. */
  rules: {
    frames: (model: string, strict: boolean, rule: string, nearest: number) =>
      `${model} ${strict ? 'needs' : 'expects'} ${rule} frames: ${nearest}?`,
    size: (model: string, strict: boolean, axis: string, multiple: number, nearest: number) =>
      `${model} ${strict ? 'needs' : 'expects'} ${axis} to be a multiple of ${multiple} px: ${nearest}?`,
  },
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
  aspects: {
    title: 'Same area, other shapes',
    rounded: (size: string, count: string) =>
      `Each keeps the area, rounded to whole tokens. Now: ${size}, ${count} tokens.`,
  },
  readout: {
    inputUnits: 'frames × px × px',
    causal: ', causal',
    compression: (pixels: string, latent: string, channels: number, ratio: string) =>
      `${pixels} numbers (×3 colours) → ${latent} (×${channels} channels): ${ratio}× fewer`,
    covers: (t: number, h: number, w: number, causalFirst: boolean) =>
      `${t} frames × ${h} × ${w} px${causalFirst ? ' (the first slab: fewer frames)' : ''}`,
    padding: (share: string) => `${share} of the token volume (striped)`,
    dropped: (share: string) => `${share} of the input (striped red)`,
    blocks: (b: string) => `${b} tokens, so the view stays fast; zoom in to see every cut line`,
    noise: 'noise',
    latentShown: 'shown as',
    latentColours:
      'each latent voxel drawn with the colour of the pixels it encodes; a real voxel holds C learned channels, not colours',
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
    latent:
      ' Shown as the latent: each latent voxel drawn with the colour of the pixels it encodes (a real voxel holds C learned channels, not colours).',
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
    /** Preset fields, in words, for the "Not verified" line. */
    fields: {
      attention: 'the attention layout',
      causal: 'whether the VAE is causal',
      fit: 'how leftovers are handled',
      heads: 'the number of attention heads',
      layers: 'the number of layers',
      modelWidth: 'the model width',
      sizeMultiplePx: 'the size rule',
      textTokens: 'the number of text tokens',
      typical: 'the typical size',
      text: 'how text enters the attention',
      headDim: 'the head width',
      position: 'the position encoding',
      'offers.window': 'the offered window',
    } as Readonly<Record<string, string>>,
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
    seeAttention: 'See the attention matrix ↓',
    /** The line next to the count: what this step changed, and by how much. */
    change: {
      start: (input: string, count: string) => `${input} pixels: ${count}, one token per pixel`,
      cubes: (patch: string, before: string, after: string) => `cubes of ${patch} pixels: ${before} → ${after} tokens`,
      patches: (patch: string, before: string, after: string) =>
        `patches of ${patch} latent voxels: ${before} → ${after} tokens`,
      vaeSame: (vae: string, before: string, after: string, count: string) =>
        `autoencoder, ${vae} pixels → 1 voxel: ${before} → ${after} numbers per token; still ${count} tokens`,
      vae: (vae: string, before: string, after: string) =>
        `autoencoder, ${vae} pixels → 1 voxel: ${before} → ${after} tokens`,
      none: (count: string) => `no change: ${count} tokens`,
      values: (values: string, count: string) => `each cube → one row of ${values} numbers; still ${count} tokens`,
      pack: (clips: number, total: string) =>
        `${clips} clips, each at its own size, packed into one sequence: ${total} tokens`,
      noise: (count: string) => `noise mixed into every token; still ${count} tokens`,
      /** Appended when the count falls: by how much. */
      fewer: (times: string) => `(${times}× fewer)`,
      attnFull: (count: string, pairs: string) =>
        `full attention: each of ${count} tokens looks at all ${count}: ${pairs} pairs per layer`,
      attn: (pattern: string, keys: string, pairs: string, share: string) =>
        `${pattern} attention: each token looks at ${keys} tokens: ${pairs} pairs per layer, ${share} of full attention`,
    },
    /** Plain words, with the clip's own numbers. */
    captions: {
      frames: (n: TourNumbers) =>
        `A video is a pile of still pictures, called frames: here ${n.frames} frames of ${n.width} × ${n.height} pixels, pulled apart along time. A transformer reads a list of pieces called tokens. If every pixel were a token, the list would be ${n.count} long: far too long.`,
      stack: (n: TourNumbers) =>
        `Push the frames together and the video becomes a block: width, height, and time as a third direction. Nothing is cut or shrunk yet: if every pixel were a token, there would still be ${n.count}.`,
      latent: (n: TourNumbers) =>
        `So real models first shrink the video. An autoencoder (a network trained to squeeze pictures and rebuild them) replaces each block of ${n.vae} pixels (frames × height × width) with one latent voxel: a small cell holding ${n.channels} numbers, called channels, instead of ${n.vaePixels} pixels with ${n.vaeValues} colour numbers. The first frame gets a layer of its own, so ${n.frames} frames become ${n.latentT}. The block shrinks to ${n.latent} voxels: ${n.before} pixels become ${n.count} voxels, about ${n.fewer} times fewer. Each voxel is drawn here in the colour of the pixels it stands for; its real numbers are not colours.`,
      cubes: (n: TourNumbers) =>
        `Now cut this smaller block into little cubes of ${n.patch} voxels (frames × height × width). That is Sora’s recipe: “first compressing videos into a lower-dimensional latent space, and subsequently decomposing the representation into spacetime patches”. Each cube, a spacetime patch, becomes one token, so the count falls again: ${n.latent} = ${n.before} voxels make ${n.grid} = ${n.count} cubes, ${n.fewer} times fewer. Where a side does not split evenly, the last cubes are padded.`,
      tokens: (n: TourNumbers) =>
        `A transformer reads numbers, so each cube is laid out as one row: its ${n.patchVolume} voxels × ${n.channels} channels = ${n.values} numbers, shown below for the selected cube (one where the clip moves). That row is the token; the model then maps it to its own width. Nothing is cut here, so there are still ${n.count} tokens.`,
      sequence: () =>
        'The transformer reads the tokens one after another, like words in a sentence: frame by frame, and within a frame row by row, left to right (raster order).',
      attention: (n: TourNumbers) =>
        `Inside the transformer, each token compares itself with other tokens to decide what to take from them: this is attention. In full attention every cube looks at every other: ${n.count} × ${n.count} = ${n.pairs} pairs to compare, in every layer. The attention matrix, drawn in the Attention section, is that table: one row and one column per token, a dot for each pair compared, here all of them. Twice as many tokens means four times as many pairs.`,
      windows: (n: TourNumbers) =>
        `That is too many for long videos, so models use patterns that compare fewer pairs. With windows, each token looks only at its neighbours: a box of ${n.window} tokens (frames × height × width) around it, lit in the view, the rest dimmed. That is ${n.keys} tokens instead of ${n.count}, so ${n.pairs} pairs per layer: ${n.share} of full attention. Near an edge the box slides inward, so every token still sees ${n.keys}.`,
      noise: () =>
        'To learn to make videos, the model is shown tokens with random noise mixed in, and learns to predict that noise so it can take it out again, step by step, until a clean video is left.',
      packing: () =>
        'Real models train on videos of many sizes at once: each clip is cut into patches at its own size and shape, and the tokens of several clips are packed into one sequence. No cropping to a square, no resizing.',
    },
    /** What each step’s numbers are about: the readout lines shown during the tour. */
    full: 'Show all the numbers',
    less: 'Show fewer numbers',
  },
  figures: {
    latent: (stride: string, channels: number) =>
      `${stride} pixels (frames × height × width) → 1 latent voxel → its ${channels} channels, one bar each. The bar heights here are a fixed random mix of these pixels, for illustration only: a real VAE learns what its channels hold.`,
    vector: (patch: string, channels: number, values: string) =>
      `The selected token laid out as one row: its ${patch} voxels, ${channels} channels each, ${values} numbers (blue below zero, orange above; illustrative). The band on top has the colour of the voxel each number comes from.`,
    pixelVector: (patch: string, values: string) =>
      `The selected cube laid out as one row: ${patch} pixels, 3 colour numbers each (red, green, blue), ${values} numbers. The band on top has the colour of the pixel each number comes from.`,
    noisy: 'The selected token’s pixels, with this step’s noise mixed in.',
  },
  glossary: {
    title: 'Words used here',
    terms: [
      [
        'token',
        'One piece of the input the transformer reads, like a word in a sentence. Here: one cube of the video.',
      ],
      ['patch', 'The cube a token is cut from: so many frames × rows × columns (of pixels, or of latent voxels).'],
      [
        'latent',
        'The video after the autoencoder (VAE) has squeezed it: a smaller block of numbers the model works on instead of pixels.',
      ],
      [
        'voxel',
        'One cell of a 3D block, as a pixel is one cell of a picture. A latent voxel stands for a small cube of pixels.',
      ],
      [
        'channel',
        'One of the numbers stored per pixel or voxel. A pixel has 3 (red, green, blue); a latent voxel has C learned ones, not colours.',
      ],
      ['causal', 'A causal VAE encodes the first frame on its own, so a single image is a one-frame video.'],
      ['raster order', 'Reading order: left to right along a row, then the next row down; here frame by frame.'],
      [
        'T′ × H′ × W′',
        'The token grid: how many tokens along time, height and width. Their product is the token count.',
      ],
      ['C·pt·ph·pw', 'Numbers in one token: channels × the patch’s frames × rows × columns.'],
      ['ᾱ (alpha bar)', 'How much of the clean video is left at a noise level: 1 is clean, 0 is pure noise.'],
      ['ε (epsilon)', 'The random (Gaussian) noise mixed in. The model learns to predict it, so it can take it out.'],
      [
        'attention',
        'How a token takes information from other tokens: it compares itself with each one it looks at. Its cost grows with the number of pairs compared.',
      ],
    ] as const satisfies readonly (readonly [string, string])[],
  },
  embed: {
    openFull: 'Open in the full explainer ↗',
    dragHint: 'Drag to turn',
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
    /** A pattern's name inside a sentence ("Use CogVideoX’s full attention"). */
    patternNames: {
      full: 'full',
      spatial: 'spatial',
      temporal: 'temporal',
      factorised: 'factorised',
      window: 'window',
      causal: 'causal',
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
    /** The models' position encodings (src/model/preset-attention.ts `how`), by their English text. */
    positionHow: {
      'learned absolute position embeddings': 'learned absolute position embeddings',
      'sinusoidal absolute: 2D in space, 1D in time': 'sinusoidal absolute: 2D in space, 1D in time',
      'sinusoidal absolute in space plus a temporal embedding':
        'sinusoidal absolute in space plus a temporal embedding',
      'sinusoidal absolute in space; RoPE on time in the temporal attention':
        'sinusoidal absolute in space; RoPE on time in the temporal attention',
      '3D RoPE with learned frequencies that mix t, h and w: no fixed split':
        '3D RoPE with learned frequencies that mix t, h and w: no fixed split',
      '3D RoPE (split not checked)': '3D RoPE (split not checked)',
      'factorised learned absolute embeddings (t, h, w added)':
        'factorised learned absolute embeddings (t, h, w added)',
      '3D RoPE on fractional coordinates, applied over the whole width before the heads split':
        '3D RoPE on fractional coordinates, applied over the whole width before the heads split',
      undisclosed: 'undisclosed',
    } as Readonly<Record<string, string>>,
    noModel: 'Pick a model to see its positions and text tokens.',
    joint: (model: string, n: string) =>
      `${model} attends jointly over text and video: ${n} text tokens join the sequence, and every pair counts.`,
    cross: (model: string, n: string) =>
      `${model} uses cross-attention: text (${n} tokens) enters only as keys and values, never as queries in this sequence.`,
    textJoint: (tokens: number) => `+ ${formatInt(tokens)} text tokens, joined to this sequence (joint attention)`,
    textCross: (tokens: number) => `text: ${formatInt(tokens)} tokens, keys and values only (cross-attention)`,
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
  /**
   * Alerts and notes with values (src/state/messages.ts), worded here; `media` above holds those without.
   * `link`: a URL value that was changed or ignored; `kv` is `key=“value”` as typed, `options` the URL's values.
   */
  notices: {
    quote: (raw: string) => `“${raw}”`,
    tooLarge: (size: string) =>
      `This file is larger than ${size}, the most this page reads. Trim the clip or re-encode it smaller.`,
    timeout: (seconds: number) =>
      `Decoding took longer than ${seconds} seconds and was stopped. Try a shorter or smaller clip.`,
    damagedDescription:
      "This file is damaged: its codec description, which says how the frames are encoded, can't be read. Try exporting it again.",
    httpMissing: (status: number) => `The server has no file at this address (HTTP ${status}). Check the address.`,
    httpRefused: (status: number) =>
      `The server refused to send the video (HTTP ${status}). Check the address or try again later.`,
    codec: (label: string) =>
      `This video is encoded as ${label}, which this browser can't decode. Re-encode it to H.264, VP9 or AV1 and try again.`,
    damagedFrames: (damaged: number, total: string) =>
      `${pluralOf(damaged) === 'one' ? '1 frame' : `${formatInt(damaged)} frames`} of ${total} couldn't be decoded: the file is damaged there. Each shows the nearest frame that could.`,
    link: {
      tooLong: (max: string) => `The link is over ${max} characters; the rest was ignored.`,
      unknownKey: (name: string) => `Unknown parameter ${name} ignored.`,
      twice: (key: string) => `${key} appears twice; the first value is used.`,
      notNumber: (kv: string) => `${kv} is not a number; ignored.`,
      clamped: (kv: string, value: string) => `${kv} is out of range; using ${value}.`,
      odd: (kv: string, value: string) => `${kv} must be odd on every axis; using ${value}.`,
      dimsShape: (kv: string) => `${kv} should look like 2x16x16 (T×H×W); ignored.`,
      notOneOf: (kv: string, options: string) => `${kv} is not one of ${options}; ignored.`,
      flag: (kv: string) => `${kv} should be 1 or 0; ignored.`,
      subset: (kv: string, options: string) => `${kv}: only ${options} are known; the rest was ignored.`,
      clip: (kv: string) => `${kv} is neither a bundled clip, an https:// URL nor a path on this site; ignored.`,
      camera: (kv: string) => `${kv} should be yaw,pitch,zoom; ignored.`,
      more: (count: number) => `…and ${count} more.`,
    },
    /** What a model does to the input by itself (src/model/preset-grid.ts PresetNote). */
    model: {
      pads: (model: string, changes: string) => `${model} pads its input: ${changes}.`,
      padFrames: (from: number, to: number, rule: string) => `frames ${from} → ${to} (${rule})`,
      padSize: (axis: string, from: number, to: number, multiple: number) =>
        `${axis} ${from} → ${to} (multiple of ${multiple} px)`,
      chunks: (model: string, chunkFrames: number, chunkLatents: number, frames: number, full: number) =>
        `${model} encodes ${chunkFrames}-frame chunks, ${chunkLatents} latent frames each: ${frames} frames = ${full} chunk${full === 1 ? '' : 's'}`,
      lastChunk: (rest: number, padTo: number) =>
        ` + a last chunk of ${rest} frame${rest === 1 ? '' : 's'}, padded at the front to ${padTo}`,
      chunksEnd: (latentT: number) => ` → ${latentT} latent frames.`,
      latentPad: (model: string, latentT: number, patchT: number) =>
        `${model} pads ${latentT} latent frames to ${latentT + 1} so its ${patchT}-frame patch divides them.`,
      breaks: (model: string) => `${model} breaks a size rule here; the grid follows its formulas anyway.`,
      drawn: (fit: string, drawn: string, model: string, grid: string) =>
        `The view draws one ${fit} rule (${drawn}); ${model} itself makes ${grid}.`,
      text: (tokens: string) => `+${tokens} text tokens share the sequence.`,
    },
    /** Said after the name of a preset whose numbers only show the idea (Sora-like). */
    illustrative: 'illustrative',
  },
} as const;

/** The English table's shape with its literal strings widened to `string`: what every translation must fill. */
type Widen<T> = T extends string
  ? string
  : T extends (...args: infer A) => string
    ? (...args: A) => string
    : { readonly [K in keyof T]: Widen<T[K]> };
export type Strings = Widen<typeof EN>;

/** The language in use: a live binding, so read it when text is made, never copy it at module load. */
export let STRINGS: Strings = EN;
/** The BCP 47 tag numbers are formatted for (Intl). */
export let LOCALE = 'en-US';

export function setStrings(table: Strings, locale: string): void {
  STRINGS = table;
  LOCALE = locale;
}

export function formatInt(n: number): string {
  return n.toLocaleString(LOCALE);
}

/** A number with up to `digits` decimals, in the language's format. */
export function formatNumber(n: number, digits = 2): string {
  return n.toLocaleString(LOCALE, { maximumFractionDigits: digits });
}

/** A fraction (0.125) as a percentage ("12.5%", "12,5 %", "٪12.5"), `digits` decimals. */
export function formatPercent(fraction: number, digits = 1): string {
  return fraction.toLocaleString(LOCALE, {
    style: 'percent',
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
  });
}

/** A big integer with grouping, in the language's format. */
export function formatBigInt(n: bigint): string {
  return n.toLocaleString(LOCALE);
}

/** A big count with an SI prefix ("1.23 TFLOPs"), its mantissa in the language's format. */
export function formatSI(n: bigint, unit = ''): string {
  return formatBigAscii(n, unit).replace(/^-?\d+(\.\d+)?/, (mantissa) => formatNumber(Number(mantissa), 3));
}

/** The plural category of `n` in the language (Intl.PluralRules): 'one', 'few', 'many', 'other'… */
export function pluralOf(n: number): Intl.LDMLPluralRule {
  return new Intl.PluralRules(LOCALE).select(n);
}
