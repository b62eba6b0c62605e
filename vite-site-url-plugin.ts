// Link previews want absolute URLs: og:image and twitter:image must be absolute for most crawlers, and og:url
// names the page. The app does not know where it will be hosted, so index.html carries relative URLs, and a host
// that knows its address builds with SITE_URL=https://example.org/spacetime/ to have them written absolute.
import type { Plugin } from 'vite';

const IMAGE_META = /(<meta\s+(?:property|name)="(?:og:image|twitter:image)"\s+content=")([^"]*)(")/g;

/** The folder URL SITE_URL names, ending in '/'; throws on a value that is not an absolute http(s) URL. */
export function siteUrlOf(value: string): URL {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new Error(`SITE_URL must be an absolute http(s) URL, got: ${JSON.stringify(value)}`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:')
    throw new Error(`SITE_URL must be an absolute http(s) URL, got: ${JSON.stringify(value)}`);
  if (!url.pathname.endsWith('/')) url.pathname += '/';
  url.search = '';
  url.hash = '';
  return url;
}

/** The page with its preview image URLs made absolute and og:url added, for a page at `page` under `site`. */
export function absolutePreviewUrls(html: string, site: URL, page: string): string {
  const pageUrl = new URL(page, site).href;
  const absolute = html.replace(IMAGE_META, (_, open: string, url: string, close: string) => {
    return `${open}${new URL(url, pageUrl).href}${close}`;
  });
  const ogUrl = `<meta property="og:url" content="${pageUrl.replace(/"/g, '&quot;')}" />`;
  return absolute.includes('property="og:title"') ? absolute.replace('</head>', `  ${ogUrl}\n  </head>`) : absolute;
}

export function siteUrlPlugin(value: string | undefined): Plugin {
  const site = value ? siteUrlOf(value) : null;
  return {
    name: 'spacetime-patches:site-url',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(html, context) {
        if (!site) return html;
        // The start page is the folder itself, the address people share.
        const page = context.path.replace(/^\//, '').replace(/(^|\/)index\.html$/, '$1');
        return absolutePreviewUrls(html, site, page);
      },
    },
  };
}
