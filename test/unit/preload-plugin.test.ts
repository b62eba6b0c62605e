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
  it("links the view's chunk from index.html, relative to the page", () => {
    const html = transform('/app/index.html', bundle);
    expect(html).toContain('<link rel="modulepreload" crossorigin fetchpriority="low" href="./assets/stage-abc.js" />');
    expect(html.indexOf('modulepreload')).toBeLessThan(html.indexOf('</head>'));
  });

  it('leaves the demo page, the dev server (no bundle) and a bundle without the view alone', () => {
    expect(transform('/app/embed-demo.html', bundle)).toBe(HTML);
    expect(transform('/app/index.html', undefined)).toBe(HTML);
    expect(transform('/app/index.html', { 'assets/main-1.js': bundle['assets/main-1.js'] })).toBe(HTML);
  });
});
