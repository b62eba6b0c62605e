// The embed snippet for the current view: an iframe whose hash reproduces it with embed=1.
import { encode } from './codec';
import type { Hideable, Params } from './params';

export { type HeightMessage, HEIGHT_MESSAGE_TYPE, preferredHeight } from './embed-height';

export const EMBED_SIZE = { widthPx: 720, heightPx: 480 } as const;

/** `pageUrl` is the app's address without the hash. Returns HTML text, to be shown and copied, never parsed. */
export function embedSnippet(
  pageUrl: string,
  params: Params,
  hide: readonly Hideable[],
  title = 'Spacetime patches: how a video becomes tokens for a diffusion transformer',
): string {
  // The language always travels: the embedding page is in one language, whatever its readers' browsers say.
  const encoded = encode({ ...params, embed: true, hide });
  const hash = /(^|&)lang=/.test(encoded) ? encoded : `${encoded}&lang=${params.lang}`;
  const src = `${pageUrl}#${hash}`.replaceAll('&', '&amp;').replaceAll('"', '&quot;');
  return [
    `<iframe src="${src}"`,
    `  title="${title.replaceAll('&', '&amp;').replaceAll('"', '&quot;')}"`,
    `  width="${EMBED_SIZE.widthPx}" height="${EMBED_SIZE.heightPx}" loading="lazy" allow="fullscreen"`,
    `  style="border:0;max-width:100%"></iframe>`,
  ].join('\n');
}

/** The same view in the full explainer: the link without embed=1 and hide=. `href` is the embed's own address. */
export function fullViewUrl(href: string, params: Params): string {
  const hash = encode({ ...params, embed: false, hide: [] });
  return `${href.split('#')[0]!}${hash ? `#${hash}` : ''}`;
}
