// Record 1–5 s from the camera; the recording becomes the clip, exactly like a chosen file. A live preview
// and a countdown show while it records; Stop ends it early (it still records at least a second). Nothing is uploaded.
import { button } from './dom';
import { STRINGS } from './strings';

export const MIN_RECORDING_MS = 1_000;
export const MAX_RECORDING_MS = 5_000;
const TICK_MS = 200; // countdown refresh
const TYPES = ['video/webm;codecs=vp9', 'video/webm;codecs=vp8', 'video/webm', 'video/mp4'];

export interface WebcamActions {
  /** The finished recording, as a file (WebM, or MP4 where the browser records only that). */
  onRecording(file: File): void;
  /** Why the camera could not be used, in plain words. */
  onError(message: string): void;
}

interface Session {
  readonly stream: MediaStream;
  readonly recorder: MediaRecorder;
  readonly ticker: number;
  /** Stop now, or once the shortest recording has been made. */
  stopSoon(): void;
  discard: boolean;
}

export function createWebcam(root: HTMLElement, actions: WebcamActions): { dispose(): void } {
  const box = document.createElement('div');
  box.className = 'webcam';
  const record = button(STRINGS.camera.record, () => void start());
  const live = document.createElement('div');
  live.className = 'webcam-live';
  live.hidden = true;
  const preview = Object.assign(document.createElement('video'), { muted: true, playsInline: true });
  preview.setAttribute('aria-hidden', 'true');
  const status = document.createElement('p');
  status.setAttribute('role', 'status');
  const stop = button(STRINGS.camera.stop, () => session?.stopSoon());
  live.append(preview, status, stop);
  box.append(record, live);
  root.append(box);

  let session: Session | null = null;

  async function start(): Promise<void> {
    if (session || record.disabled) return;
    const type = recordingType();
    if (!navigator.mediaDevices?.getUserMedia) return actions.onError(STRINGS.camera.unavailable);
    if (!type) return actions.onError(STRINGS.camera.cannotRecord);
    record.disabled = true;
    record.textContent = STRINGS.camera.starting;
    let stream: MediaStream;
    try {
      stream = await navigator.mediaDevices.getUserMedia({
        video: { width: { ideal: 640 }, height: { ideal: 480 }, frameRate: { ideal: 30 } },
        audio: false,
      });
    } catch (error) {
      reset();
      return actions.onError(cameraMessage(error));
    }
    try {
      session = begin(stream, type);
    } catch {
      stream.getTracks().forEach((track) => track.stop());
      reset();
      actions.onError(STRINGS.camera.cannotRecord);
    }
  }

  function begin(stream: MediaStream, type: string): Session {
    const recorder = new MediaRecorder(stream, { mimeType: type });
    const chunks: Blob[] = [];
    const startedMs = performance.now();
    recorder.addEventListener('dataavailable', (event) => {
      if (event.data.size > 0) chunks.push(event.data);
    });
    recorder.addEventListener('stop', () => {
      const discard = end();
      if (discard) return;
      const mime = recorder.mimeType || type;
      const name = `${STRINGS.camera.fileName}.${mime.includes('mp4') ? 'mp4' : 'webm'}`;
      actions.onRecording(new File(chunks, name, { type: mime.split(';')[0] ?? mime }));
    });
    recorder.addEventListener('error', () => {
      if (session) session.discard = true;
      actions.onError(STRINGS.camera.failed);
      if (recorder.state !== 'inactive') recorder.stop();
      else end();
    });
    const tick = (): void => {
      const elapsedMs = performance.now() - startedMs;
      if (elapsedMs >= MAX_RECORDING_MS && recorder.state === 'recording') return recorder.stop();
      status.textContent = STRINGS.camera.recording(Math.max(1, Math.ceil((MAX_RECORDING_MS - elapsedMs) / 1000)));
    };
    const stopSoon = (): void => {
      const waitMs = MIN_RECORDING_MS - (performance.now() - startedMs);
      setTimeout(() => recorder.state === 'recording' && recorder.stop(), Math.max(0, waitMs));
    };
    preview.srcObject = stream;
    void preview.play().catch(() => {}); // the preview is a courtesy; the recording does not need it
    recorder.start(250); // chunks every 250 ms, so a stop never waits for one big buffer
    live.hidden = false;
    record.hidden = true;
    tick();
    stop.focus();
    return { stream, recorder, ticker: window.setInterval(tick, TICK_MS), stopSoon, discard: false };
  }

  /** Release the camera and restore the button; says whether the recording is to be thrown away. */
  function end(): boolean {
    const discard = session?.discard ?? true;
    if (session) {
      clearInterval(session.ticker);
      session.stream.getTracks().forEach((track) => track.stop());
    }
    session = null;
    preview.srcObject = null;
    reset();
    return discard;
  }

  function reset(): void {
    live.hidden = true;
    record.hidden = false;
    record.disabled = false;
    record.textContent = STRINGS.camera.record;
  }

  return {
    dispose() {
      if (session) {
        session.discard = true;
        if (session.recorder.state !== 'inactive') session.recorder.stop();
        end();
      }
      box.remove();
    },
  };
}

function recordingType(): string | null {
  if (typeof MediaRecorder !== 'function') return null;
  return TYPES.find((type) => MediaRecorder.isTypeSupported(type)) ?? null;
}

function cameraMessage(error: unknown): string {
  const name = error instanceof Error ? error.name : '';
  if (name === 'NotAllowedError' || name === 'SecurityError') return STRINGS.camera.denied;
  if (name === 'NotFoundError' || name === 'OverconstrainedError') return STRINGS.camera.notFound;
  if (name === 'NotReadableError' || name === 'AbortError') return STRINGS.camera.busy;
  return STRINGS.camera.failed;
}
