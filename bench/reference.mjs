// The two references the app's start is measured against, as pages of their own (`npm run bench`):
// - the floor: a bare mediabunny loop (the project's own copy), VideoSampleSink.samples() and
//   VideoFrame.copyTo(RGBA) per frame, with the time split into demuxing, decoding and copying;
// - a plain <video> element seeking to and drawing the same frames into a 2D canvas.
// Both start when their page starts, as the app's figures do (times are from navigation start).

/** Served at /bench/floor.html; imports /bench/mediabunny.mjs. Sets window.__floor. */
export const FLOOR_PAGE = `<!doctype html><meta charset="utf-8"><title>floor</title><script type="module">
import { ALL_FORMATS, EncodedPacketSink, Input, UrlSource, VideoSampleSink } from '/bench/mediabunny.mjs';
const url = new URL(location.hash.slice(1), location.href).href;
const track = async () => (await new Input({ formats: ALL_FORMATS, source: new UrlSource(url) }).getPrimaryVideoTrack());
const t0 = performance.now();
// The floor itself first, on a fresh page, as the app decodes.
const video = await track();
let frames = 0;
let buffer = null;
for await (const sample of new VideoSampleSink(video).samples()) {
  const size = sample.allocationSize({ format: 'RGBA' });
  if (!buffer || buffer.length !== size) buffer = new Uint8Array(size);
  await sample.copyTo(buffer, { format: 'RGBA', colorSpace: 'srgb' });
  sample.close();
  frames += 1;
}
const floorMs = performance.now() - t0;
const floorAt = performance.now();
// Then its parts, each on a fresh input: demuxing alone, and demuxing plus decoding (frames closed at once).
let t = performance.now();
for await (const packet of new EncodedPacketSink(await track()).packets()) void packet;
const demuxMs = performance.now() - t;
t = performance.now();
for await (const sample of new VideoSampleSink(await track()).samples()) sample.close();
const decodeMs = performance.now() - t;
// The canvas round trip the app used before: draw each frame into a 2D canvas and read it back.
const canvas = new OffscreenCanvas(1, 1);
const ctx = canvas.getContext('2d', { willReadFrequently: true });
t = performance.now();
for await (const sample of new VideoSampleSink(await track()).samples()) {
  canvas.width = sample.displayWidth;
  canvas.height = sample.displayHeight;
  sample.draw(ctx, 0, 0);
  ctx.getImageData(0, 0, canvas.width, canvas.height);
  sample.close();
}
const canvasMs = performance.now() - t;
// As the app's worker does: a new buffer for each frame (it is transferred on), not one reused.
t = performance.now();
for await (const sample of new VideoSampleSink(await track()).samples()) {
  await sample.copyTo(new Uint8Array(sample.allocationSize({ format: 'RGBA' })), { format: 'RGBA', colorSpace: 'srgb' });
  sample.close();
}
const freshMs = performance.now() - t;
window.__floor = { frames, floorMs, floorAt, demuxMs, decodeMs, canvasMs, freshMs };
</script>`;

/** Served at /bench/video.html; sets window.__video. Seeks to each frame's middle and draws it. */
export const VIDEO_PAGE = `<!doctype html><meta charset="utf-8"><title>video</title><script type="module">
const [src, count] = location.hash.slice(1).split('|');
const t0 = performance.now();
const video = document.createElement('video');
video.muted = true;
video.preload = 'auto';
video.src = src;
await new Promise((resolve, reject) => {
  video.addEventListener('loadeddata', resolve, { once: true });
  video.addEventListener('error', reject, { once: true });
});
const canvas = document.createElement('canvas');
canvas.width = video.videoWidth;
canvas.height = video.videoHeight;
const ctx = canvas.getContext('2d');
const n = Number(count);
for (let i = 0; i < n; i += 1) {
  const time = ((i + 0.5) * video.duration) / n;
  await new Promise((resolve) => {
    video.addEventListener('seeked', resolve, { once: true });
    video.currentTime = time;
  });
  ctx.drawImage(video, 0, 0);
}
ctx.getImageData(0, 0, 1, 1); // the last draw is done
window.__video = { frames: n, videoMs: performance.now() - t0, videoAt: performance.now() };
</script>`;
