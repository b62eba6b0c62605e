// On a phone the header is fixed above the view (style.css). A tagline that needs a second line there (Spanish,
// Arabic) would cover the top of the view and the panel's title, so its height beyond one line is kept in
// `--tagline-extra` on the page, and the phone layout moves both down by as much.

/** Keeps `--tagline-extra` on `root` equal to `tagline`'s height beyond one line; returns the stop. */
export function watchTagline(tagline: HTMLElement, root: HTMLElement): () => void {
  const observer = new ResizeObserver(() => {
    const line = parseFloat(getComputedStyle(tagline).lineHeight); // NaN for `normal`: no phone layout then
    const extra = Number.isFinite(line) ? Math.max(0, Math.round(tagline.offsetHeight - line)) : 0;
    root.style.setProperty('--tagline-extra', `${extra}px`);
  });
  observer.observe(tagline);
  return () => {
    observer.disconnect();
    root.style.removeProperty('--tagline-extra');
  };
}
