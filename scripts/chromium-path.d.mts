export function findChromium(): string | null;
export function extensionLaunchArgs(extensionDir: string): string[];
