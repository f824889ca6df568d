import { describe, expect, it } from 'vitest';
import { displayLink, registrablePart } from '@/utils/link-display';
import { quoted } from '@/utils/boards/control-view';

describe('displayLink', () => {
  const link = 'https://jobs.hirempire.com/acme/1a2b3c4d-5e6f-7890-abcd-ef1234567890';

  it('drops the scheme and keeps short links whole', () => {
    expect(displayLink('https://hire.co/a/b', 40)).toBe('hire.co/a/b');
    expect(displayLink('https://hire.co/', 40)).toBe('hire.co');
  });

  it('keeps the host and the distinctive end, and drops the middle of the path', () => {
    const short = displayLink(link, 28);
    expect(short.length).toBeLessThanOrEqual(28);
    expect(short.startsWith('jobs.hirempire.com/…')).toBe(true);
    expect(link.endsWith(short.split('…')[1])).toBe(true);
  });

  it.each([
    // The look-alike: the real host is evil.example, whatever the path and subdomains say.
    ['https://jobs.hirempire.com.evil.example/x/jobs.hirempire.com/acme/1a2b', '…evil.example/…com/acme/1a2b'],
    ['https://hirempire.com.evil.co.uk/jobs.hirempire.com/acme/1a2b', '…evil.co.uk/…e.com/acme/1a2b'],
    ['https://jobs.hirempire.com:8443/acme/1a2b3c4d-5e6f-7890-abcd-ef12', '…hirempire.com:8443/…bcd-ef12'],
    ['https://jobs.hirеmpire.com/acme/1a2b', '…xn--hirmpire-e8g.com/…cme/1a2b'],
  ])('shows the real host of a look-alike: %j → %j', (input, shown) => {
    const short = displayLink(input, 28);
    expect(short).toBe(shown);
  });

  it('never lets the host be cut to fit: the registrable part stays even past the budget', () => {
    const short = displayLink('https://a-very-long-subdomain.careers.example-recruiting.com/jobs/123456789', 20);
    expect(short.startsWith('…example-recruiting.com/…')).toBe(true);
    expect(short.endsWith('23456789')).toBe(true);
  });

  it.each([
    ['jobs.hirempire.com', 'hirempire.com'],
    ['a.b.evil.co.uk', 'evil.co.uk'],
    ['evil.example', 'evil.example'],
    ['127.0.0.1', '127.0.0.1'],
  ])('registrablePart(%j) is %j', (host, part) => {
    expect(registrablePart(host)).toBe(part);
  });
});

describe('the board control quotes links the same way', () => {
  it('a look-alike link typed in a field is quoted with its real host', () => {
    const text = quoted('https://jobs.hirempire.com.evil.example/a/very/long/path/jobs.hirempire.com/acme/1a2b', 40);
    expect(text).toContain('evil.example');
  });

  it('other text is cut at the end as before', () => {
    expect(quoted('x'.repeat(70), 60)).toBe(`${'x'.repeat(59)}…`);
  });
});
