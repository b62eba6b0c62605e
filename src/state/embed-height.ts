// The height an embed asks its parent page for. Its own module: the built page's loader posts it before the
// app's script has loaded (vite-preload-plugin.ts inlines `preferredHeight`), and the app posts it after.

export const HEIGHT_MESSAGE_TYPE = 'spacetime-patches:height';

/** The message an embed posts to its parent page when its preferred height changes. */
export interface HeightMessage {
  readonly type: typeof HEIGHT_MESSAGE_TYPE;
  readonly height: number; // CSS pixels
}

/** A height that shows the volume and the compact readout at this width. Self-contained: it is inlined as text. */
export function preferredHeight(widthPx: number): number {
  return Math.round(Math.min(720, Math.max(320, widthPx * 0.66)));
}
