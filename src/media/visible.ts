// A gate for decoding: resolves once `element` is on screen. On a page with many embedded copies of the app,
// each embed waits for it, so the one being read is built and decodes alone rather than sharing the CPU with
// the embeds below it (main.ts). (In an iframe, the observer's implicit root is the top-level page's viewport.)

/** Share of the element (or of the viewport, for an element taller than it) that must be in view. */
const SHOWN = 0.5;

/** Resolves when at least half of `element`, or of the viewport, shows it; at once where that can't be observed. */
export function whenOnScreen(element: Element): Promise<void> {
  if (typeof IntersectionObserver !== 'function') return Promise.resolve();
  return new Promise((resolve) => {
    const observer = new IntersectionObserver(
      (entries) => {
        const shown = entries.some(({ intersectionRatio, intersectionRect, rootBounds }) => {
          const viewportShare = rootBounds ? intersectionRect.height / rootBounds.height : 0;
          return intersectionRatio >= SHOWN || viewportShare >= SHOWN;
        });
        if (!shown) return;
        observer.disconnect();
        resolve();
      },
      { threshold: [0, 0.25, SHOWN, 0.75, 1] },
    );
    observer.observe(element);
  });
}
