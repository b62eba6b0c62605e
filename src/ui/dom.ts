// Small DOM builders shared by the UI parts. Text only ever goes in through textContent.

/** A new element with optional text and class. */
export function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  text?: string,
  className?: string,
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (text !== undefined) node.textContent = text;
  if (className) node.className = className;
  return node;
}

/** A figure holding a canvas read as one image (its `data-testid` given) and a caption, appended to root. */
export function imageFigure(root: HTMLElement, className: string, testid: string) {
  const figure = el('figure', undefined, className);
  const canvas = el('canvas');
  canvas.dataset.testid = testid;
  canvas.setAttribute('role', 'img');
  const caption = el('figcaption');
  figure.append(canvas, caption);
  root.append(figure);
  return { figure, canvas, caption };
}

/** The same with a title above the canvas. */
export function canvasFigure(root: HTMLElement, className: string, titleTag: 'h2' | 'h3', testid: string) {
  const parts = imageFigure(root, className, testid);
  const title = el(titleTag);
  parts.figure.prepend(title);
  return { ...parts, title };
}

export function button(text: string, onClick: () => void): HTMLButtonElement {
  const node = document.createElement('button');
  node.type = 'button';
  node.textContent = text;
  node.addEventListener('click', onClick);
  return node;
}

/**
 * For the small 2D figures drawn from pixels: a canvas kept in memory rather than on the GPU. On a GPU canvas
 * their drawing waits behind the 3D view's frame, which in software WebGL takes half a second and more.
 */
export const CPU_CANVAS: CanvasRenderingContext2DSettings = { willReadFrequently: true };
