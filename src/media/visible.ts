// A gate for decoding: resolves once `element` is on or near the screen. On a page with many embedded copies
// of the app, each embed waits for it, so the one being read decodes alone rather than sharing the CPU with
// the embeds below it. (In an iframe, the observer's implicit root is the top-level page's viewport.)

/** Resolves when `element` comes within `margin` of the viewport; at once where that can't be observed. */
export function whenNearViewport(element: Element, margin = '0px'): Promise<void> {
  if (typeof IntersectionObserver !== 'function') return Promise.resolve();
  return new Promise((resolve) => {
    const observer = new IntersectionObserver(
      (entries) => {
        if (!entries.some((entry) => entry.isIntersecting)) return;
        observer.disconnect();
        resolve();
      },
      { rootMargin: margin },
    );
    observer.observe(element);
  });
}
