// whenOnScreen: one observation per element, shared by every caller; none where the built page's loader saw the
// embed on screen already.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { SHOWN_FLAG, whenOnScreen } from '../../src/media/visible';

/** A stand-in IntersectionObserver: records each one made, and lets the test report entries to it. */
function fakeObservers() {
  const made: { report(entries: object[]): void }[] = [];
  class Observer {
    constructor(callback: (entries: object[]) => void) {
      made.push({ report: callback });
    }
    observe() {}
    disconnect() {}
  }
  vi.stubGlobal('IntersectionObserver', Observer);
  return made;
}

const settled = async (promise: Promise<void>) => {
  let done = false;
  void promise.then(() => (done = true));
  await new Promise((resolve) => setTimeout(resolve, 0));
  return done;
};
const entry = (ratio: number) => ({ intersectionRatio: ratio, intersectionRect: { height: 0 }, rootBounds: null });

describe('whenOnScreen', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('observes an element once, however many ask, and resolves for all once half of it shows', async () => {
    const made = fakeObservers();
    const element = {} as Element;
    const first = whenOnScreen(element);
    const second = whenOnScreen(element);
    expect(made).toHaveLength(1);
    made[0]!.report([entry(0.2)]);
    expect(await settled(first)).toBe(false);
    made[0]!.report([entry(0.5)]);
    expect(await settled(first)).toBe(true);
    expect(await settled(second)).toBe(true);
    expect(await settled(whenOnScreen(element))).toBe(true); // later: at once, no new observer
    expect(made).toHaveLength(1);
  });

  it("doesn't wait for the page itself where the loader saw it shown", async () => {
    const made = fakeObservers();
    const page = {} as Element;
    vi.stubGlobal('document', { documentElement: page });
    vi.stubGlobal(SHOWN_FLAG, true);
    expect(await settled(whenOnScreen(page))).toBe(true);
    expect(made).toHaveLength(0);
  });
});
