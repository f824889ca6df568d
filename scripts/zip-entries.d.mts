export function readZip(file: string): Map<string, Buffer>;
export function pngSize(buffer: Buffer): { width: number; height: number };
