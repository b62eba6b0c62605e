/** The binary module of a .wat text. */
export function assemble(name: string, text: string): Promise<Buffer>;
/** The TypeScript module that carries `bytes`. */
export function moduleSource(name: string, bytes: Buffer): string;
