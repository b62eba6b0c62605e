// Spec for vite-site-url-plugin.ts: SITE_URL makes the link-preview URLs absolute; without it they stay relative.
import { describe, expect, it } from 'vitest';
import { absolutePreviewUrls, siteUrlOf } from '../../vite-site-url-plugin';

const HEAD = [
  '<head>',
  '<meta property="og:title" content="Spacetime patches" />',
  '<meta property="og:image" content="./og-image.png" />',
  '<meta property="og:image:alt" content="./not-a-url" />',
  '<meta name="twitter:image" content="./og-image.png" />',
  '</head>',
].join('\n');

describe('SITE_URL', () => {
  it('names a folder, with or without its trailing slash', () => {
    expect(siteUrlOf('https://example.org/spacetime').href).toBe('https://example.org/spacetime/');
    expect(siteUrlOf('https://example.org/spacetime/?x=1#y').href).toBe('https://example.org/spacetime/');
  });

  it('refuses what is not an absolute http(s) URL, naming the value', () => {
    expect(() => siteUrlOf('example.org')).toThrow('"example.org"');
    expect(() => siteUrlOf('ftp://example.org/')).toThrow('ftp://example.org/');
  });

  it('makes og:image and twitter:image absolute and adds og:url for the start page', () => {
    const html = absolutePreviewUrls(HEAD, siteUrlOf('https://example.org/s/'), '');
    expect(html).toContain('<meta property="og:image" content="https://example.org/s/og-image.png" />');
    expect(html).toContain('<meta name="twitter:image" content="https://example.org/s/og-image.png" />');
    expect(html).toContain('<meta property="og:url" content="https://example.org/s/" />');
    expect(html).toContain('content="./not-a-url"'); // alt text is not a URL
  });

  it('leaves a page without preview tags as it is', () => {
    const page = '<head><title>demo</title></head>';
    expect(absolutePreviewUrls(page, siteUrlOf('https://example.org/'), 'embed-demo.html')).toBe(page);
  });
});
