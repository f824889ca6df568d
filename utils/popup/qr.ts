/**
 * QR codes of tracked links, for posters and printed job ads. The `qrcode` library
 * is loaded only when a code is asked for, so opening the popup stays light.
 * Always dark modules on white with a quiet zone: phones read that, in any theme.
 */
import { withoutAccents } from '../fold';

const OPTIONS = { errorCorrectionLevel: 'M', margin: 4, color: { dark: '#000000', light: '#ffffff' } } as const;

const load = () => import('qrcode');

/** Draws the code on a canvas `width` CSS pixels wide. */
export async function drawQr(canvas: HTMLCanvasElement, link: string, width: number): Promise<void> {
  const QRCode = await load();
  await QRCode.toCanvas(canvas, link, { ...OPTIONS, width });
}

/** A PNG large enough to print. */
export async function qrPng(link: string, width = 1024): Promise<Blob> {
  const QRCode = await load();
  const canvas = document.createElement('canvas');
  await QRCode.toCanvas(canvas, link, { ...OPTIONS, width });
  return new Promise((resolve, reject) =>
    canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('PNG encoding failed'))), 'image/png'),
  );
}

export async function qrSvg(link: string): Promise<Blob> {
  const QRCode = await load();
  const svg = await QRCode.toString(link, { ...OPTIONS, type: 'svg' });
  return new Blob([svg], { type: 'image/svg+xml' });
}

/** The module grid itself (true = dark), for checks that the code says what it should. */
export async function qrModules(link: string): Promise<{ size: number; dark: (x: number, y: number) => boolean }> {
  const QRCode = await load();
  const code = QRCode.create(link, { errorCorrectionLevel: OPTIONS.errorCorrectionLevel });
  return { size: code.modules.size, dark: (x, y) => Boolean(code.modules.get(y, x)) };
}

/** "hirempire-qr-careers-page.png": the source's name, made safe for any file system. */
export function qrFileName(sourceName: string, extension: 'png' | 'svg'): string {
  const slug = withoutAccents(sourceName)
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60);
  return `hirempire-qr-${slug || 'source'}.${extension}`;
}
