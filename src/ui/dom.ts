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
