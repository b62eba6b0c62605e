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
 * every frame, while the cubes' edges look nearly the same without it, so there it is left off.
 */
export function createRenderContext(): RenderContext {
  const attributes = { alpha: true, depth: true, stencil: false, premultipliedAlpha: true };
  for (const antialias of softwareRenderer === undefined ? [true, false] : [!softwareRenderer]) {
    const canvas = document.createElement('canvas');
    const context = canvas.getContext('webgl2', { ...attributes, antialias });
    if (!context) break;
    softwareRenderer ??= isSoftware(context);
    if (antialias !== softwareRenderer) return { canvas, context, software: softwareRenderer };
    context.getExtension('WEBGL_lose_context')?.loseContext(); // give the slot back at once
  }
  throw new Error('WebGL2 is not available');
}
