// Small DOM builders shared by the UI parts. Text only ever goes in through textContent.

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
