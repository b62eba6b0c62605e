// The one way this project starts Chromium (tests, bench, screenshots): where the browser is, and its flags.
import { existsSync } from 'node:fs';
import { chromium } from 'playwright-core';

/** Software WebGL (SwiftShader) so runs match on any machine; a GPU-backed run passes too. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--use-angle=swiftshader',
  '--enable-unsafe-swiftshader',
  '--disable-background-networking',
];

const {
  LOCALAPPDATA = '',
  PROGRAMFILES = 'C:\\Program Files',
  'PROGRAMFILES(X86)': PROGRAMFILES_X86 = '',
} = process.env;
const CANDIDATES = [
  '/usr/bin/chromium', // Debian, Ubuntu's deb
  '/usr/bin/chromium-browser',
  '/snap/bin/chromium',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  `${LOCALAPPDATA}\\Chromium\\Application\\chrome.exe`,
  `${PROGRAMFILES}\\Google\\Chrome\\Application\\chrome.exe`,
  `${PROGRAMFILES_X86}\\Google\\Chrome\\Application\\chrome.exe`,
  `${LOCALAPPDATA}\\Google\\Chrome\\Application\\chrome.exe`,
];

/** CHROMIUM_PATH, else the first Chromium or Chrome found in the usual places; throws a one-line hint if none. */
export function findChromium() {
  const path = process.env.CHROMIUM_PATH || CANDIDATES.find((candidate) => existsSync(candidate));
  if (!path)
    throw new Error(
      'No Chromium or Google Chrome found: install one (Debian: apt install chromium) or set CHROMIUM_PATH to its executable.',
    );
  return path;
}

/** @param {string[]} [extraArgs] */
export function launchChromium(extraArgs = []) {
  return chromium.launch({ executablePath: findChromium(), args: [...CHROMIUM_ARGS, ...extraArgs] });
}
