// The WebGL2 canvas and what the page learns from its first context: whether WebGL runs on the CPU.
const SOFTWARE_RENDERER = /swiftshader|llvmpipe|softpipe|software|basic render/i;

/** Whether WebGL runs on the CPU: SwiftShader, Mesa's llvmpipe, Windows' basic render driver. */
function isSoftware(gl: WebGL2RenderingContext): boolean {
  const info = gl.getExtension('WEBGL_debug_renderer_info');
  const names = [gl.getParameter(gl.RENDERER), info ? gl.getParameter(info.UNMASKED_RENDERER_WEBGL) : ''];
  return names.some((name) => SOFTWARE_RENDERER.test(String(name)));
}

let softwareRenderer: boolean | undefined; // learnt from the page's first context

export interface RenderContext {
  readonly canvas: HTMLCanvasElement;
  readonly context: WebGL2RenderingContext;
  /** WebGL on the CPU: every frame costs hundreds of milliseconds of a core. */
  readonly software: boolean;
}

/**
 * A WebGL2 canvas, multisampled where a GPU does it. In software WebGL multisampling costs about a third of
 * every frame, while the cubes' edges look nearly the same without it, so there it is left off. The first
 * context asks for no multisampling: in software WebGL making a context costs the page about half a second,
 * and that one is kept; a GPU, where a second context costs little, then gets a multisampled one.
 */
export function createRenderContext(): RenderContext {
  const plain = webgl2(false);
  if (!plain) throw new Error('WebGL2 is not available');
  softwareRenderer ??= isSoftware(plain.context);
  if (softwareRenderer) return { ...plain, software: true };
  const multisampled = webgl2(true);
  if (!multisampled) return { ...plain, software: false };
  plain.context.getExtension('WEBGL_lose_context')?.loseContext(); // give the slot back at once
  return { ...multisampled, software: false };
}

function webgl2(antialias: boolean): { canvas: HTMLCanvasElement; context: WebGL2RenderingContext } | null {
  const canvas = document.createElement('canvas');
  const context = canvas.getContext('webgl2', {
    alpha: true,
    depth: true,
    stencil: false,
    premultipliedAlpha: true,
    antialias,
  });
  return context ? { canvas, context } : null;
}
