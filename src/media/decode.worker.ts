// A decode worker: one load, then the page ends it. Decoding 4K and 8K frames takes hundreds of
// milliseconds a frame; here that never blocks the page, and ending the worker frees everything it held.
import { loadClip } from './decode';
import type { WorkerReply, WorkerRequest } from './types';

function reply(message: WorkerReply, transfer: Transferable[] = []): void {
  self.postMessage(message, { transfer });
}

function canDraw(): boolean {
  try {
    return typeof OffscreenCanvas === 'function' && new OffscreenCanvas(1, 1).getContext('2d') !== null;
  } catch {
    return false;
  }
}

self.addEventListener('message', async (event: MessageEvent<WorkerRequest>) => {
  if (!canDraw()) return reply({ kind: 'unsupported' });
  reply({ kind: 'started' });
  const { source, options } = event.data;
  const result = await loadClip(source, {
    ...options,
    onProgress: (fraction) => reply({ kind: 'progress', fraction }),
    // A copy of each frame (the view is into the whole volume's buffer, which moves at the end).
    onFrames: (shape, first, rgba) => {
      const copy = rgba.slice();
      reply({ kind: 'frames', shape, first, rgba: copy, sentAt: performance.timeOrigin + performance.now() }, [
        copy.buffer,
      ]);
    },
  });
  // The volume moves to the page without a copy.
  reply({ kind: 'done', result }, result.ok ? [result.clip.volume.rgba.buffer] : []);
});
