// Spec for vite-preload-plugin.ts: the built index.html starts fetching the 3D view's chunk at once.
import { describe, expect, it } from 'vitest';
import { SHOWN_FLAG } from '../../src/media/visible';
import { HEIGHT_MESSAGE_TYPE, preferredHeight } from '../../src/state/embed-height';
import { preloadViewPlugin, withEmbedGate } from '../../vite-preload-plugin';

const HTML = '<head>\n<script type="module" src="./assets/main-1.js"></script>\n</head>';
const bundle = {
  'assets/stage-abc.js': { type: 'chunk', fileName: 'assets/stage-abc.js', facadeModuleId: '/app/src/view/stage.ts' },
  'assets/main-1.js': { type: 'chunk', fileName: 'assets/main-1.js', facadeModuleId: '/app/index.html' },
};

function transform(filename: string, withBundle: Record<string, unknown> | undefined): string {
  const hook = preloadViewPlugin().transformIndexHtml as unknown as {
    handler(html: string, ctx: { filename: string; bundle?: Record<string, unknown> | undefined }): string;
  };
  return hook.handler(HTML, { filename, bundle: withBundle });
}

describe('preloadViewPlugin', () => {
  it("preloads the view's chunk from index.html, relative to the page, at low priority, outside an iframe", () => {
    const html = transform('/app/index.html', bundle);
    const script = /<script>([^<]*)<\/script>\n\s*<\/head>/.exec(html)?.[1];
    expect(script).toBeDefined();
    // Run it against a stand-in page: the top-level one gets the link, an embed (an iframe) doesn't.
    for (const top of [true, false]) {
      const appended: Record<string, string>[] = [];
      const self = {};
      const window = { self, top: top ? self : {} };
      const document = {
        createElement: () => ({}),
        head: { append: (link: Record<string, string>) => appended.push(link) },
      };
      new Function('window', 'document', script!)(window, document);
      expect(appended).toEqual(
        top ? [{ rel: 'modulepreload', href: './assets/stage-abc.js', crossOrigin: '', fetchPriority: 'low' }] : [],
      );
    }
  });

  it('leaves the demo page, the dev server (no bundle) and a bundle without the view alone', () => {
    expect(transform('/app/embed-demo.html', bundle)).toBe(HTML);
    expect(transform('/app/index.html', undefined)).toBe(HTML);
    expect(transform('/app/index.html', { 'assets/main-1.js': bundle['assets/main-1.js'] })).toBe(HTML);
  });
});

describe('withEmbedGate', () => {
  const PAGE = [
    '<head>',
    '    <script type="module" crossorigin src="./assets/main-1.js"></script>',
    '</head>',
    '<body><main></main>',
    '</body>',
  ].join('\n');

  /** Runs the loader in a stand-in page; returns what it appended, and the observer's callback if it made one. */
  function load(top: boolean) {
    const html = withEmbedGate(PAGE);
    const script = /<script>\n([\s\S]*?)\n\s*<\/script>\n\s*<\/body>/.exec(html)?.[1];
    expect(script).toBeDefined();
    const appended: Record<string, string>[] = [];
    const posted: unknown[] = [];
    const listening = new Set<string>();
    let seen: ((entries: object[]) => void) | null = null;
    const self = {};
    const window = {
      self,
      top: top ? self : {},
      innerWidth: 1000,
      parent: { postMessage: (message: unknown) => posted.push(message) },
      addEventListener: (type: string) => listening.add(type),
      removeEventListener: (type: string) => listening.delete(type),
    };
    const document = {
      createElement: () => ({}),
      body: { append: (node: Record<string, string>) => appended.push(node) },
      documentElement: {},
    };
    class Observer {
      constructor(callback: (entries: object[]) => void) {
        seen = callback;
      }
      observe() {}
      disconnect() {}
    }
    new Function('window', 'document', 'IntersectionObserver', script!)(window, document, Observer);
    return { html, appended, seen: seen as ((entries: object[]) => void) | null, window, posted, listening };
  }
  const MAIN = { type: 'module', crossOrigin: '', src: './assets/main-1.js' };

  it('loads the first script at the end of the body, at once in the top-level page', () => {
    const { html, appended, seen, posted } = load(true);
    expect(posted).toEqual([]); // no parent to size it
    expect(html).not.toContain('<script type="module"');
    expect(html.indexOf('<script>')).toBeGreaterThan(html.indexOf('<main>'));
    expect(appended).toEqual([MAIN]);
    expect(seen).toBeNull();
  });

  it('in an embed, only once half of it (or of the viewport) is on screen, and says it saw it', () => {
    const { appended, seen, window, posted, listening } = load(false);
    expect(appended).toEqual([]);
    // Its preferred height goes to the course page at once, not only once it is on screen, and again on resize.
    expect(posted).toEqual([{ type: HEIGHT_MESSAGE_TYPE, height: preferredHeight(1000) }]);
    expect(listening).toEqual(new Set(['resize']));
    const entry = (ratio: number, height: number) => ({
      intersectionRatio: ratio,
      intersectionRect: { height },
      rootBounds: { height: 800 },
    });
    seen!([entry(0.2, 80)]); // a sliver of it in view
    expect(appended).toEqual([]);
    expect(window).not.toHaveProperty(SHOWN_FLAG);
    seen!([entry(0.6, 250)]);
    expect(appended).toEqual([MAIN]);
    expect(window).toHaveProperty(SHOWN_FLAG, true); // the page then doesn't wait to be told again
    expect(listening).toEqual(new Set()); // the app posts the height from here on
  });
});
