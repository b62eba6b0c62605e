// Keeps a stage only while the view is on or near the screen. Browsers keep about 16 WebGL contexts and
// drop the oldest, so a page with many embeds must give contexts back when they scroll away. The host
// remembers the frames (CPU copy), the last scene and the listeners, and rebuilds the stage on return.
// Listeners subscribe here, any number of them, each with its own unsubscribe; they outlive the stages.
// three.js comes with the stage, as a lazy chunk: the page, its numbers and the clip's decoding start first.
import type { TokenPos } from '../model/sequence';
import type { Pose } from './camera';
import { createListeners } from './listeners';
import type { TextMark } from './marks';
import type { SceneInput } from './scene-input';
import type { Stage } from './stage';
import type { VolumeData, VolumeShape } from './volume';

export interface ViewHost {
  /** Largest 3D texture side, once the first stage is made (256 without WebGL). */
  maxTextureSize(): Promise<number>;
  /** Whether the first stage could be made (false: no WebGL here, or its code did not load). */
  available(): Promise<boolean>;
  update(input: SceneInput, pose: Pose | null): void;
  /** Frames of the clip being decoded, uploaded as they come where the view is already made. */
  putFrames(shape: VolumeShape, first: number, rgba: Uint8Array): void;
  dropFrames(): void;
  /** Until `setVolume` or `dropFrames`, the view draws the frames put so far instead of the clip on screen. */
  replaceShown(): void;
  setVolume(data: VolumeData | null): void;
  rendered(): Promise<void>;
  /** Whether the view's GPU work is done (true with no view): frames uploaded now don't wait for a frame. */
  idle(): boolean;
  block(): { t: number; h: number; w: number } | null;
  pose(): Pose | null;
  snapshot(): Promise<Blob | null>;
  record(durationMs: number, during: () => void): Promise<Blob | null>;
  /** Calls `listener` with the token the user clicked or tapped; returns its unsubscribe. */
  onPick(listener: (pos: TokenPos) => void): () => void;
  /** The token under the mouse as it moves (null when it leaves the cubes or the view). */
  onHover(listener: (pos: TokenPos | null) => void): () => void;
  /** The camera pose each time the user finishes moving it. */
  onPoseChange(listener: (pose: Pose) => void): () => void;
  dispose(): void;
}

export interface HostOptions {
  /** Shown in place of the view when WebGL can't be had. */
  readonly unavailableText: string;
  /** Says what the token sequence's index marks mean. */
  readonly marksLegend: string;
  /** Says a preset's text tokens above the token sequence. */
  readonly textMark?: (text: TextMark) => string;
  /** Writes a token index on the marks in the UI's number format (default: en-US). */
  readonly formatIndex?: (n: number) => string;
  /**
   * The view is first built once this settles. Building it holds the page's thread (0.25-0.3 s in software
   * WebGL), and what must not wait for that goes first (see main.ts).
   */
  readonly buildAfter?: Promise<unknown>;
}

export function createViewHost(container: HTMLElement, options: HostOptions): ViewHost {
  let stage: Stage | null = null;
  let failed = false;
  let wanted = false; // on or near the screen
  let attaching: Promise<void> | null = null;
  let maxTexture = 2048;
  let volume: VolumeData | null = null;
  // Frames decoded while the stage is being made: handed over when it is, so the picture starts at frame 0.
  let early: { shape: VolumeShape; first: number; rgba: Uint8Array }[] = [];
  let scene: { input: SceneInput; pose: Pose | null } | null = null;
  let replacing = false; // the frames put so far are drawn instead of `volume` (replaceShown)
  const picks = createListeners<TokenPos>();
  const hovers = createListeners<TokenPos | null>();
  const poses = createListeners<Pose>();
  const events = { pick: picks.emit, hover: hovers.emit, pose: poses.emit };
  const stageModule = import('./stage'); // starts loading now, alongside the decoder

  function unavailable(): void {
    failed = true;
    maxTexture = 256;
    const notice = Object.assign(document.createElement('p'), {
      className: 'no-webgl',
      textContent: options.unavailableText,
    });
    container.append(notice);
  }

  function build(createStage: (typeof import('./stage'))['createStage']): void {
    try {
      stage = createStage(container, options.marksLegend, events, options.textMark, options.formatIndex);
    } catch {
      unavailable();
      return;
    }
    maxTexture = stage.maxTextureSize;
    performance.mark('view-ready'); // `npm run bench` shows whether the view or the decode came last
    if (volume) stage.setVolume(volume);
    if (replacing) stage.replaceShown();
    if (scene) stage.update(scene.input, scene.pose);
    for (const { shape, first, rgba } of early) stage.putFrames(shape, first, rgba);
    early = [];
  }

  function attach(): void {
    wanted = true;
    if (stage || failed || attaching) return;
    attaching = Promise.all([stageModule, options.buildAfter]).then(
      ([{ createStage }]) => {
        attaching = null;
        if (wanted && !stage && !failed) build(createStage);
      },
      () => {
        attaching = null;
        if (!failed) unavailable(); // the chunk did not load (offline mid-update): say so rather than show nothing
      },
    );
  }

  function detach(): void {
    wanted = false;
    stage?.dispose();
    stage = null;
  }

  const observer = new IntersectionObserver(
    (entries) => {
      const entry = entries[entries.length - 1];
      if (entry?.isIntersecting) attach();
      else detach();
    },
    { rootMargin: '50% 0px' }, // rebuild a little before the view scrolls in
  );
  observer.observe(container);
  attach();

  return {
    maxTextureSize: async () => {
      await attaching;
      return maxTexture;
    },
    available: async () => {
      await attaching;
      return !failed;
    },
    update(input, pose) {
      scene = { input, pose };
      stage?.update(input, pose);
    },
    putFrames(shape, first, rgba) {
      if (stage) stage.putFrames(shape, first, rgba);
      else if (attaching) early.push({ shape, first, rgba });
    },
    dropFrames() {
      early = [];
      replacing = false;
      stage?.dropFrames();
    },
    replaceShown() {
      replacing = true;
      stage?.replaceShown();
    },
    setVolume(data) {
      early = [];
      replacing = false;
      volume = data;
      stage?.setVolume(data);
    },
    rendered: async () => {
      await attaching;
      await stage?.rendered();
    },
    idle: () => stage?.idle() ?? true,
    block: () => stage?.block() ?? null,
    pose: () => stage?.pose() ?? null,
    snapshot: () => stage?.snapshot() ?? Promise.resolve(null),
    record: (durationMs, during) => stage?.record(durationMs, during) ?? Promise.resolve(null),
    onPick: picks.subscribe,
    onHover: hovers.subscribe,
    onPoseChange: poses.subscribe,
    dispose() {
      early = [];
      observer.disconnect();
      detach();
      for (const listeners of [picks, hovers, poses]) listeners.clear();
    },
  };
}
