// The 3D view's chunk (three.js, 146 KB gzip) is a dynamic import, so the browser would start fetching it only
// once the first script runs. A modulepreload link in index.html starts it while the page's HTML is parsed,
// beside the first script, and the browser compiles it off the page's thread meanwhile. At low priority: on a
// slow network the first script (the numbers) still comes first. Not in an embed: on a course page the
// embeds not yet on screen would all fetch and compile three.js for nothing, beside the one being read. So a
// small classic script, run as the HTML is parsed, adds the link in the top-level page only.
import type { Plugin } from 'vite';

const VIEW_MODULE = '/src/view/stage.ts';

/** `html` with a script at the end of its head that preloads `file` (relative to the page) outside an iframe. */
export function withPreload(html: string, file: string): string {
  const script =
    `<script>if (window.self === window.top) document.head.append(Object.assign(document.createElement('link'), ` +
    `{ rel: 'modulepreload', href: './${file}', crossOrigin: '', fetchPriority: 'low' }));</script>`;
  return html.replace('</head>', `  ${script}\n  </head>`);
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
