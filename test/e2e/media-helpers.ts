// Helpers for the media end-to-end tests: fixture paths, and loading a file and waiting for it to settle.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';

export const fixture = (name: string): string => fileURLToPath(new URL(`../fixtures/${name}`, import.meta.url));
export const fixtureBase64 = (name: string): string => readFileSync(fixture(name)).toString('base64');

interface LoadCounter {
  __loads: number;
}

/** Count finished loads from now on: each one shows the progress bar, then hides it (success or failure). */
export async function trackLoads(page: Page): Promise<void> {
  await page.evaluate(() => {
    const bar = document.querySelector('.progress');
    if (!bar) throw new Error('no .progress element');
    const counter = window as unknown as LoadCounter;
    counter.__loads = 0;
    // A record whose old value is null is the hidden attribute being added: shown → hidden.
    new MutationObserver((records) => {
      counter.__loads += records.filter((record) => record.oldValue === null).length;
    }).observe(bar, { attributes: true, attributeFilter: ['hidden'], attributeOldValue: true });
  });
}

export function loadsSoFar(page: Page): Promise<number> {
  return page.evaluate(() => (window as unknown as LoadCounter).__loads);
}

export async function waitForLoads(page: Page, count: number, timeout = 120_000): Promise<void> {
  await page.waitForFunction((n) => (window as unknown as LoadCounter).__loads >= n, count, { timeout });
}

/** Load a fixture through input[type=file] and wait until it is on screen or has failed. */
export async function loadFixture(page: Page, name: string): Promise<void> {
  const before = await loadsSoFar(page);
  await page.locator('input[type=file]').setInputFiles(fixture(name));
  await waitForLoads(page, before + 1);
}

/** The alert's text, or null while it is hidden. */
export function alertText(page: Page): Promise<string | null> {
  return page.evaluate(() => {
    const alert = document.querySelector<HTMLElement>('[role=alert]');
    return alert && !alert.hidden ? (alert.querySelector('span')?.textContent ?? '') : null;
  });
}

export function hashParam(page: Page, key: string): Promise<string | null> {
  return page.evaluate((k) => new URLSearchParams(window.location.hash.slice(1)).get(k), key);
}
