// A task for when the page has a quiet moment: requestIdleCallback where the browser has it, else a timer.
// (Here, below media/ and view/, so that both can use it.)

/** Runs `task` once the page is idle, or after `timeoutMs` at the latest; returns a cancel. */
export function whenIdle(task: () => void, timeoutMs: number): () => void {
  if (typeof requestIdleCallback === 'function') {
    const handle = requestIdleCallback(task, { timeout: timeoutMs });
    return () => cancelIdleCallback(handle);
  }
  const timer = setTimeout(task, Math.min(timeoutMs, 50));
  return () => clearTimeout(timer);
}
