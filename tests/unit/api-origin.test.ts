import { describe, expect, it } from 'vitest';
import { normalizeApiOrigin, originPermissionPattern } from '@/utils/api-origin';

describe('normalizeApiOrigin', () => {
  it.each([
    ['https://api.hirempire.com', 'https://api.hirempire.com'],
    ['https://api.hirempire.com/', 'https://api.hirempire.com'],
    ['  https://API.Hirempire.com/  ', 'https://api.hirempire.com'],
    ['https://api.hirempire.com:443', 'https://api.hirempire.com'],
    ['https://staging.hirempire.com:8443', 'https://staging.hirempire.com:8443'],
    ['http://localhost:8787', 'http://localhost:8787'],
    ['http://127.0.0.1:8787/', 'http://127.0.0.1:8787'],
  ])('%j → %j', (input, origin) => {
    expect(normalizeApiOrigin(input)).toEqual({ ok: true, origin });
  });

  it.each([
    ['', /full address/],
    ['api.hirempire.com', /full address/],
    ['//api.hirempire.com', /full address/],
    ['http://api.hirempire.com', /https:\/\//],
    ['http://localhost.evil.example', /https:\/\//],
    ['http://192.168.0.10:8787', /https:\/\//],
    // The manifest can only ask for localhost and 127.0.0.1: an IPv6 loopback could never be granted.
    ['http://[::1]:8787', /https:\/\//],
    ['javascript:alert(1)', /https:\/\//],
    ['data:text/plain,hi', /https:\/\//],
    ['file:///etc/passwd', /https:\/\//],
    ['ws://localhost:8787', /https:\/\//],
    ['https://user:secret@api.hirempire.com', /user name or password/],
    ['https://user@api.hirempire.com', /user name or password/],
    ['https://api.hirempire.com/v1', /without a path/],
    ['https://api.hirempire.com/v1/job-sources?job_id=x', /without a path/],
    ['https://api.hirempire.com/?x=1', /without a path/],
    ['https://api.hirempire.com/#frag', /without a path/],
  ])('refuses %j', (input, message) => {
    const result = normalizeApiOrigin(input);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message).toMatch(message);
  });
});

describe('originPermissionPattern', () => {
  it.each([
    ['https://staging.hirempire.com', 'https://staging.hirempire.com/*'],
    ['https://staging.hirempire.com:8443', 'https://staging.hirempire.com:8443/*'],
    ['https://api.hirempire.com:8443', 'https://api.hirempire.com:8443/*'],
    ['http://localhost:8787', 'http://localhost:8787/*'],
  ])('%j → %j on Chrome (the port is part of the origin)', (origin, pattern) => {
    expect(originPermissionPattern(origin, 'chrome')).toBe(pattern);
  });

  it.each([
    ['https://staging.hirempire.com:8443', 'https://staging.hirempire.com/*'],
    ['http://localhost:8787', 'http://localhost/*'],
  ])('%j → %j on Firefox, whose match patterns refuse a port', (origin, pattern) => {
    expect(originPermissionPattern(origin, 'firefox')).toBe(pattern);
  });
});
