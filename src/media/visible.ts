// A gate for decoding: resolves once `element` is on screen. On a page with many embedded copies of the app,
// each embed waits for it, so the one being read is built and decodes alone rather than sharing the CPU with
// the embeds below it (main.ts). (In an iframe, the observer's implicit root is the top-level page's viewport.)

/** Share of the element (or of the viewport, for an element taller than it) that must be in view. */
const SHOWN = 0.5;

/**
 * Set on `window` by the built page's loader (`withEmbedGate` in vite-preload-plugin.ts), which loads the first
 * script only once the embed is on screen: the page need not wait for the browser to say so a second time
 * (an observer's answer comes with the next rendering update, 0.05-0.1 s on a busy course page).
 */
export const SHOWN_FLAG = 'spacetimePatchesShown';

const asked = new WeakMap<Element, Promise<void>>();

/**
 * Resolves once at least half of `element`, or of the viewport, has shown it (the same promise for every
 * caller); at once where that can't be observed, or where the loader saw the page shown.
 */
export function whenOnScreen(element: Element): Promise<void> {
  let shown = asked.get(element);
  if (!shown) {
    shown = observed(element);
    asked.set(element, shown);
  }
  return shown;
}

function observed(element: Element): Promise<void> {
  if (typeof IntersectionObserver !== 'function') return Promise.resolve();
  const flags = globalThis as unknown as Record<string, unknown>;
  if (element === globalThis.document?.documentElement && flags[SHOWN_FLAG] === true) return Promise.resolve();
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
