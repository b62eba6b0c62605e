// The 3D view's chunk (three.js, 146 KB gzip) is a dynamic import, so the browser would start fetching it only
// once the first script runs. A modulepreload link in index.html starts it while the page's HTML is parsed,
// beside the first script, and the browser compiles it off the page's thread meanwhile. At low priority: on a
// slow network the first script (the numbers) still comes first. Not in an embed: on a course page the
// embeds not yet on screen would all fetch and compile three.js for nothing, beside the one being read. So a
// small classic script, run as the HTML is parsed, adds the link in the top-level page only.
//
// The first script itself, in an embed, is loaded only once half of the embed is on screen (`withEmbedGate`):
// a course page loads a few lazy iframes at once, and each one's first script, even waiting to build its page,
// took the page's thread (shared between same-origin frames) from the embed being read: about 0.25 s.
import type { Plugin } from 'vite';
import { SHOWN_FLAG } from './src/media/visible';
import { HEIGHT_MESSAGE_TYPE, preferredHeight } from './src/state/embed-height';

const VIEW_MODULE = '/src/view/stage.ts';

/** `html` with a script at the end of its head that preloads `file` (relative to the page) outside an iframe. */
export function withPreload(html: string, file: string): string {
  const script =
    `<script>if (window.self === window.top) document.head.append(Object.assign(document.createElement('link'), ` +
    `{ rel: 'modulepreload', href: './${file}', crossOrigin: '', fetchPriority: 'low' }));</script>`;
  return html.replace('</head>', `  ${script}\n  </head>`);
}

const MAIN_SCRIPT = /\s*<script type="module" crossorigin src="(\.\/assets\/main-[^"]+\.js)"><\/script>/;

/**
 * `html` with its first script loaded by a small script at the end of the body: at once in the top-level page
 * (the body is parsed by then, as for a module script), and in an iframe once half of it, or of the viewport,
 * shows it (media/visible.ts asks the same, unless this loader says it saw it: `SHOWN_FLAG`), or at once where
 * that can't be observed.
 */
export function withEmbedGate(html: string): string {
  const src = MAIN_SCRIPT.exec(html)?.[1];
  if (!src) return html;
  const loader = [
    '(() => {',
    `  const start = () => document.body.append(Object.assign(document.createElement('script'), { type: 'module', crossOrigin: '', src: '${src}' }));`,
    "  if (window.self === window.top || typeof IntersectionObserver !== 'function') return start();",
    '  // The preferred height at once, and as the width changes, until the app (which then posts it) runs.',
    `  const preferredHeight = ${preferredHeight.toString()};`,
    `  const postHeight = () => window.parent.postMessage({ type: '${HEIGHT_MESSAGE_TYPE}', height: preferredHeight(window.innerWidth) }, '*');`,
    '  postHeight();',
    "  window.addEventListener('resize', postHeight);",
    '  const observer = new IntersectionObserver((entries) => {',
    '    const shown = entries.some((e) => e.intersectionRatio >= 0.5 || (e.rootBounds !== null && e.intersectionRect.height >= 0.5 * e.rootBounds.height));',
    '    if (!shown) return;',
    '    observer.disconnect();',
    "    window.removeEventListener('resize', postHeight);",
    `    window.${SHOWN_FLAG} = true;`,
    '    start();',
    '  }, { threshold: [0, 0.25, 0.5, 0.75, 1] });',
    '  observer.observe(document.documentElement);',
    '})();',
  ].join('\n');
  return html.replace(MAIN_SCRIPT, '').replace('</body>', `  <script>\n${loader}\n    </script>\n  </body>`);
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
        const gated = withEmbedGate(html);
        return stage ? withPreload(gated, stage.fileName) : gated;
      },
    },
  };
}
