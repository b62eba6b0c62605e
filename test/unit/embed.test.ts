import { describe, expect, it } from 'vitest';
import { decode } from '../../src/state/codec';
import { embedSnippet, fullViewUrl, preferredHeight } from '../../src/state/embed';
import { defaultParams } from '../../src/state/params';

describe('embed snippet', () => {
  const params = { ...defaultParams(), clip: 'portrait', patch: { t: 1, h: 4, w: 4 } };
  const snippet = embedSnippet('https://example.org/spacetime/', params, ['panel', 'tour']);

  it('is a lazy, titled iframe that allows fullscreen', () => {
    expect(snippet).toMatch(/^<iframe src="https:\/\/example\.org\/spacetime\/#/);
    for (const attribute of [
      'loading="lazy"',
      'allow="fullscreen"',
      'title="Spacetime patches',
      'width="720"',
      'height="480"',
    ]) {
      expect(snippet).toContain(attribute);
    }
  });

  it('reproduces the view with embed=1 and the hidden parts', () => {
    const src = /src="([^"]*)"/.exec(snippet)![1]!.replaceAll('&amp;', '&');
    const { params: back, notes } = decode(new URL(src).hash);
    expect(notes).toEqual([]);
    expect(back).toEqual({ ...params, embed: true, hide: ['panel', 'tour'] });
  });

  it('escapes quotes and ampersands from a clip URL', () => {
    const hostile = embedSnippet('https://example.org/', { ...params, clip: 'https://x.org/a".mp4?a=1&b=2' }, []);
    expect(hostile.split('"').length).toBe(15); // 7 attributes, 14 quotes: none from the URL
    expect(hostile).not.toMatch(/&(?!amp;)/);
  });

  it('asks for a height between 320 and 720 px', () => {
    expect(preferredHeight(200)).toBe(320);
    expect(preferredHeight(720)).toBe(475);
    expect(preferredHeight(4000)).toBe(720);
  });
});

describe('the embed’s link to the full explainer', () => {
  it('opens the same view without embed=1 and hide=', () => {
    const { params } = decode('patch=1x4x4&embed=1&hide=panel,tour&token=5');
    const url = fullViewUrl('https://example.org/spacetime/index.html#patch=1x4x4&embed=1', params);
    expect(url).toBe('https://example.org/spacetime/index.html#patch=1x4x4&token=5');
    expect(fullViewUrl('https://example.org/', decode('embed=1').params)).toBe('https://example.org/');
  });
});
