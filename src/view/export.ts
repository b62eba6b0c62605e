// The view as a file: a PNG of the picture drawn now, or a WebM of the canvas while something moves.
// ("Frames" of the WebM are video frames, captured from the canvas at 30 per second.)

/** `drawNow` draws a frame in this task: the drawing buffer is not preserved, so it is read back at once. */
export function snapshot(canvas: HTMLCanvasElement, drawNow: () => void): Promise<Blob | null> {
  drawNow();
  return new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/png'));
}

const VIDEO_FPS = 30;

/** A WebM of the canvas for `durationMs`, while `during` starts whatever should move; null where unsupported. */
export async function recordWebm(
  canvas: HTMLCanvasElement,
  durationMs: number,
  during: () => void,
): Promise<Blob | null> {
  if (typeof MediaRecorder === 'undefined' || !canvas.captureStream) return null;
  const type = ['video/webm;codecs=vp9', 'video/webm'].find((t) => MediaRecorder.isTypeSupported(t));
  if (!type) return null;
  const recorder = new MediaRecorder(canvas.captureStream(VIDEO_FPS), { mimeType: type });
  const chunks: Blob[] = [];
  recorder.ondataavailable = (event) => chunks.push(event.data);
  const stopped = new Promise<void>((resolve) => (recorder.onstop = () => resolve()));
  recorder.start();
  during();
  await new Promise((resolve) => setTimeout(resolve, durationMs));
  recorder.stop();
  await stopped;
  return new Blob(chunks, { type: 'video/webm' });
}
