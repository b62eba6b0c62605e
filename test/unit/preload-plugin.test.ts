// Spec for vite-preload-plugin.ts: the built index.html starts fetching the 3D view's chunk at once.
import { describe, expect, it } from 'vitest';
import { preloadViewPlugin } from '../../vite-preload-plugin';

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
