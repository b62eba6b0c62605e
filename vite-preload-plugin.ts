// The 3D view's chunk (three.js, 146 KB gzip) is a dynamic import, so the browser would start fetching it only
// once the first script runs. A modulepreload link in index.html starts it while the page's HTML is parsed,
// beside the first script, and the browser compiles it off the page's thread meanwhile. At low priority: on a
// slow network the first script (the numbers) still comes first.
import type { Plugin } from 'vite';

const VIEW_MODULE = '/src/view/stage.ts';

/** `html` with a modulepreload link to `file` (relative to the page) at the end of its head. */
export function withPreload(html: string, file: string): string {
  return html.replace(
    '</head>',
    `  <link rel="modulepreload" crossorigin fetchpriority="low" href="./${file}" />\n  </head>`,
  );
}

export function preloadViewPlugin(): Plugin {
  return {
    name: 'spacetime-patches:preload-view',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(html, ctx) {
        if (!ctx.bundle || !ctx.filename.endsWith('index.html')) return html; // not the demo course page
        const chunks = Object.values(ctx.bundle);
        const stage = chunks.find((chunk) => chunk.type === 'chunk' && chunk.facadeModuleId?.endsWith(VIEW_MODULE));
        return stage ? withPreload(html, stage.fileName) : html;
      },
    },
  };
}
