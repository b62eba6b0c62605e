import type { Browser } from 'playwright-core';

export const CHROMIUM_ARGS: readonly string[];
export function findChromium(): string;
export function launchChromium(extraArgs?: string[]): Promise<Browser>;
