// A decode worker: one load, then the page ends it. Decoding 4K and 8K frames takes hundreds of
// milliseconds a frame; here that never blocks the page, and ending the worker frees everything it held.
import { loadClip } from './decode';
import { requestOfName, type WorkerReply, type WorkerRequest } from './types';

/** Progress goes to the page at most this often: a bar needs no message a frame, and each costs the page a task. */
const PROGRESS_GAP_MS = 100;

function reply(message: WorkerReply, transfer: Transferable[] = []): void {
  self.postMessage(message, { transfer });
}

/**
 * Whether a 2D canvas can be had here (the fallback paths draw frames into one). A CPU one: asking for an
 * accelerated one waits on the GPU process, which at start is busy making the page's WebGL context; that held
 * the decode's start back 0.3-1 s.
 */
function canDraw(): boolean {
  try {
    return (
      typeof OffscreenCanvas === 'function' &&
      new OffscreenCanvas(1, 1).getContext('2d', { willReadFrequently: true }) !== null
    );
  } catch {
    return false;
  }
}

async function load({ source, options }: WorkerRequest): Promise<void> {
  if (!canDraw()) return reply({ kind: 'unsupported' });
  reply({ kind: 'started' });
  let progressAt = -Infinity;
  const result = await loadClip(source, {
    ...options,
    onProgress(fraction) {
      const now = performance.now();
      if (fraction < 1 && now - progressAt < PROGRESS_GAP_MS) return;
      progressAt = now;
      reply({ kind: 'progress', fraction });
    },
    onMeta: (meta) => reply({ kind: 'meta', meta }),
    // Each frame has its own buffer, which moves to the page without a copy; the page assembles the volume.
    ownFrames: true,
    onFrames: (shape, first, rgba) =>
      reply({ kind: 'frames', shape, first, rgba, sentAt: performance.timeOrigin + performance.now() }, [rgba.buffer]),
  });
  // A video's frames went already; an image's volume moves to the page without a copy.
  const volume = result.ok ? result.clip.volume.rgba : null;
  reply({ kind: 'done', result }, volume && volume.byteLength > 0 ? [volume.buffer] : []);
}

// The request comes in the worker's name where it fits in a string (see off-thread.ts), else as a message.
const named = requestOfName(self.name);
if (named) void load(named);
else self.addEventListener('message', (event: MessageEvent<WorkerRequest>) => void load(event.data), { once: true });
