import jsQR from 'jsqr';
import { describe, expect, it } from 'vitest';
import { qrFileName, qrModules, qrSvg } from '@/utils/popup/qr';

/** Paints the module grid as pixels (4 px a module, white quiet zone) and reads it back with jsQR. */
async function scan(link: string): Promise<string | null> {
  const { size, dark } = await qrModules(link);
  const scale = 4;
  const quiet = 4;
  const width = (size + 2 * quiet) * scale;
  const pixels = new Uint8ClampedArray(width * width * 4).fill(255);
  for (let y = 0; y < size; y++)
    for (let x = 0; x < size; x++) {
      if (!dark(x, y)) continue;
      for (let dy = 0; dy < scale; dy++)
        for (let dx = 0; dx < scale; dx++) {
          const offset = (((y + quiet) * scale + dy) * width + (x + quiet) * scale + dx) * 4;
          pixels[offset] = pixels[offset + 1] = pixels[offset + 2] = 0;
        }
    }
  return jsQR(pixels, width, width)?.data ?? null;
}

describe('QR codes', () => {
  it.each([
    'https://jobs.hirempire.com/acme/1a2b3c4d-5e6f-7890-abcd-ef1234567890',
    'https://jobs.hirempire.com/acme/b0a4d1c2-1111-4a11-8a11-000000000001?utm_source=linkedin&utm_medium=job',
  ])('encode the tracked link exactly: %s', async (link) => {
    expect(await scan(link)).toBe(link);
  });

  it('makes an SVG file', async () => {
    const blob = await qrSvg('https://jobs.hirempire.com/acme/x');
    expect(blob.type).toBe('image/svg+xml');
    const text = await blob.text();
    expect(text).toMatch(/^<svg[^>]+viewBox/);
    expect(text).toContain('<path');
  });

  it('names the files after the source, safely', () => {
    expect(qrFileName('LinkedIn', 'png')).toBe('hirempire-qr-linkedin.png');
    expect(qrFileName('Careers page', 'svg')).toBe('hirempire-qr-careers-page.svg');
    expect(qrFileName('Référence / "interne" ../..', 'png')).toBe('hirempire-qr-reference-interne.png');
    expect(qrFileName('<>', 'png')).toBe('hirempire-qr-source.png');
  });
});
