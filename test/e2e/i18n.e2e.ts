// The interface in Chinese, Spanish and Arabic: no English left on screen, <html lang dir>, numbers in the
// language's format, the contract's data-values unchanged, no sideways scrolling on a phone; and the picker.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { PRESETS } from '../../src/model/presets';
import { ES } from '../../src/ui/i18n/es';
import { inject } from 'vitest';
import { openApp, readouts, sharedBrowser, waitForSettled } from './browser';

const browser = sharedBrowser();
const SHOTS = process.env.I18N_SHOTS; // a folder: save a screenshot per language there

const LOCALES = { zh: 'zh-CN', es: 'es-ES', ar: 'ar-u-nu-latn' } as const;
const EXPECTED_LANG = { zh: 'zh-Hans', es: 'es', ar: 'ar' } as const;

/** Words that are the same in every language: names, units, symbols, and the loanwords the glossaries keep. */
const ALLOWED = new Set([
  ...PRESETS.flatMap((preset) => preset.name.split(/[^A-Za-z]+/)),
  ...['VAE', 'RoPE', 'px', 'fps', 'FLOPs', 'WebGL', 'WebM', 'PNG', 'GPU', 'CORS', 'https', 'JavaScript', 'Sora'],
  ...['OpenAI', 'Transformer', 'English', 'Español', 'Ctrl', 'Page', 'Up', 'Down', 'token', 'tokens', 'Patch', 'pack'],
]);
const UNIT = /^[kMGTPEZYRQ]?(FLOPs|B)$/;

/** Every word the Spanish table can produce: a Latin-script word on a Spanish page that is not one of them is English. */
function vocabulary(node: unknown): string[] {
  if (typeof node === 'string') return node.match(/[\p{L}]+/gu) ?? [];
  if (typeof node === 'function') {
    const f = node as (...args: unknown[]) => unknown;
    const args = (value: unknown) => Array.from({ length: f.length }, () => value);
    // Each branch a function can take: counts of 1 and 2, flags off and on.
    return [2, 1, false, true]
      .flatMap((value) => vocabulary(f(...args(value))))
      .concat(vocabulary(f(1, '1', 1, 1, 1, 1, 1)));
  }
  return Object.values(node as object).flatMap(vocabulary);
}
const SPANISH = new Set(vocabulary(ES));

/** English words in visible text nodes and in the labels a screen reader reads. */
function englishOnScreen(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const texts: string[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const parent = node.parentElement;
      if (!parent || parent.closest('option, script, style, .source, noscript')) continue;
      if (!parent.checkVisibility({ visibilityProperty: true, opacityProperty: false })) continue;
      const rect = parent.getBoundingClientRect();
      if (rect.width === 0 || rect.height === 0) continue;
      texts.push(node.textContent ?? '');
    }
    for (const element of document.querySelectorAll('[aria-label], [title]'))
      texts.push(element.getAttribute('aria-label') ?? '', element.getAttribute('title') ?? '');
    texts.push(document.title);
    return texts.flatMap((text) => text.match(/[\p{Script=Latin}]{3,}/gu) ?? []);
  });
}

async function layout(page: Page) {
  return page.evaluate(() => ({
    lang: document.documentElement.lang,
    dir: document.documentElement.dir,
    overflow: document.documentElement.scrollWidth - window.innerWidth,
    count: document.querySelector('[data-testid=token-count]')?.textContent ?? '',
    panelLeft: document.querySelector('.panel')!.getBoundingClientRect().left,
    overlayLeft: document.querySelector('.overlay')!.getBoundingClientRect().left,
    width: window.innerWidth,
  }));
}

describe('languages', () => {
  it.each(['zh', 'es', 'ar'] as const)('%s: every interface text translated, numbers and direction', async (lang) => {
    const { page, errors } = await openApp(browser(), `lang=${lang}`, { viewport: { width: 1100, height: 760 } });
    try {
      // The contract is the same in every language: plain ASCII integers and T'xH'xW'.
      expect(await readouts(page)).toMatchObject({
        status: 'ready',
        tokenCount: '11960',
        tokenGrid: '13x23x40',
        inputShape: '49x360x640',
      });
      // The default token is picked where the clip has detail; its position stays ASCII t,y,x.
      expect((await readouts(page)).tokenInspector).toMatch(/^\d+,\d+,\d+$/);
      await page.locator('details.cost summary').click(); // the cost table too
      const shown = await layout(page);
      expect(shown.lang).toBe(EXPECTED_LANG[lang]);
      expect(shown.dir).toBe(lang === 'ar' ? 'rtl' : 'ltr');
      expect(shown.count).toBe(new Intl.NumberFormat(LOCALES[lang]).format(11960));
      expect(shown.count).toBe(lang === 'es' ? '11.960' : '11,960');
      if (lang === 'ar')
        expect(shown.panelLeft).toBeLessThan(shown.overlayLeft); // mirrored: the panel on the left
      else expect(shown.panelLeft).toBeGreaterThan(shown.overlayLeft);
      const english = (await englishOnScreen(page)).filter(
        (word) => !ALLOWED.has(word) && !UNIT.test(word) && !(lang === 'es' && SPANISH.has(word)),
      );
      expect(english).toEqual([]);
      if (SHOTS) await page.screenshot({ path: `${SHOTS}/${lang}-desktop.png` });
      expect(errors).toEqual([]);
    } finally {
      await page.context().close();
    }
  });

  it('es: a link’s notes and the sequence’s index marks are in Spanish', async () => {
    const { page, errors } = await openApp(browser(), 'lang=es&view=sequence&explode=7&foo=1', {
      viewport: { width: 1100, height: 760 },
    });
    try {
      expect(await page.locator('.notes li').allInnerTexts()).toEqual([
        'explode=«7» está fuera de rango; se usa 1.',
        'Parámetro desconocido «foo»: se ignoró.',
      ]);
      // The marks: each row's first index and the last one, in Spanish digits (11959 → 11.959).
      await page.waitForFunction(() => document.querySelector('.seq-marks .end:not([hidden])')?.textContent);
      expect(await page.locator('.seq-marks .end').textContent()).toBe('11.959');
      const rows = await page.locator('.seq-marks .row:not([hidden])').allTextContents();
      expect(rows.some((text) => /^\d{1,3}(\.\d{3})+$/.test(text))).toBe(true);
      expect(rows.every((text) => !text.includes(','))).toBe(true);
      // Words of the link itself (its keys and values) are the reader's own; nothing else is English.
      const english = (await englishOnScreen(page)).filter(
        (word) => !ALLOWED.has(word) && !UNIT.test(word) && !SPANISH.has(word) && word !== 'explode' && word !== 'foo',
      );
      expect(english).toEqual([]);
      expect(errors).toEqual([]);
    } finally {
      await page.context().close();
    }
  });

  it.each(['zh', 'es', 'ar'] as const)('%s: no sideways scrolling on a 375×667 phone', async (lang) => {
    const { page } = await openApp(browser(), `lang=${lang}&step=latent`, { viewport: { width: 375, height: 667 } });
    try {
      expect((await readouts(page)).status).toBe('ready');
      expect((await layout(page)).overflow).toBeLessThanOrEqual(0);
      // The whole tagline shows (Spanish takes two lines there), and the panel's title stays below the header, as
      // with a one-line tagline (6.5 px of its top edge under the header's).
      const header = await page.evaluate(() => {
        const tagline = document.querySelector<HTMLElement>('.masthead p')!;
        return {
          cut: tagline.scrollWidth > tagline.clientWidth || getComputedStyle(tagline).textOverflow === 'ellipsis',
          lines: Math.round(tagline.offsetHeight / parseFloat(getComputedStyle(tagline).lineHeight)),
          under:
            document.querySelector('.masthead')!.getBoundingClientRect().bottom -
            document.querySelector('.panel')!.getBoundingClientRect().top,
        };
      });
      expect(header.cut).toBe(false);
      expect(header.under).toBeLessThan(8);
      if (lang === 'es') expect(header.lines).toBe(2);
      if (SHOTS) await page.screenshot({ path: `${SHOTS}/${lang}-phone.png` });
    } finally {
      await page.context().close();
    }
  });

  it('a link without lang shows the reader’s language and does not write it into the link', async () => {
    const context = await browser().newContext({ locale: 'es-ES', viewport: { width: 960, height: 640 } });
    try {
      context.setDefaultTimeout(90_000);
      const page = await context.newPage();
      await page.goto(`${inject('baseUrl')}index.html#patch=1x4x4`);
      await waitForSettled(page);
      expect(await page.evaluate(() => document.documentElement.lang)).toBe('es');
      await page.locator('[data-testid=language]').selectOption('zh');
      await page.waitForFunction(() => window.location.hash.includes('lang=zh'));
      await page.locator('[data-testid=language]').selectOption('es');
      await page.waitForFunction(() => document.documentElement.lang === 'es');
      expect(new URL(page.url()).hash).toBe('#patch=1x4x4'); // es is this reader's own: the link stays bare
    } finally {
      await context.close();
    }
  });

  it('the picker rebuilds the interface in the chosen language and writes lang into the link', async () => {
    const { page } = await openApp(browser(), 'w=320&h=180&t=17&vae=1x1x1&patch=1x4x4');
    try {
      expect(await page.locator('.readout .noun').innerText()).toContain('tokens');
      await page.locator('[data-testid=language]').selectOption('es');
      await page.waitForFunction(() => document.documentElement.lang === 'es');
      await waitForSettled(page);
      await page.waitForFunction(() => document.documentElement.dataset.status === 'ready');
      expect(page.url()).toContain('lang=es');
      expect(await readouts(page)).toMatchObject({ tokenCount: '61200', tokenGrid: '17x45x80' });
      expect(await page.locator('[data-testid=token-count]').innerText()).toBe('61.200');
      expect(await page.locator('.tour-start').innerText()).toBe('Hacer el recorrido');
      expect(await page.locator('[data-testid=language]').count()).toBe(1); // rebuilt, not doubled
      expect(await page.locator('.readout').count()).toBe(1);
      const snippet = await page.evaluate(() => document.querySelector('[data-testid=language]') !== null);
      expect(snippet).toBe(true);
    } finally {
      await page.context().close();
    }
  });
});
