import { describe, expect, it } from 'vitest';
import { isFromWorker, parseTabRequest } from '@/utils/messaging/tab-protocol';
import { boardTab, EXT_ID, FOREIGN_EXT_ID, worker } from './senders';

describe('requests from the worker to a board page', () => {
  it('accept only the two request types, and only tracked links to insert', async () => {
    const link = 'https://jobs.hirempire.com/acme/x';
    expect(parseTabRequest({ type: 'tab.copyLink', extra: 1 })).toEqual({ type: 'tab.copyLink' });
    expect(parseTabRequest({ type: 'tab.insertLink', source: { name: 'Referral', trackedLink: link } })).toEqual({
      type: 'tab.insertLink',
      source: { name: 'Referral', trackedLink: link },
    });
    for (const bad of [
      null,
      'tab.copyLink',
      { type: 'token.save' },
      { type: 'tab.insertLink' },
      { type: 'tab.insertLink', source: { name: 'X', trackedLink: 'javascript:alert(1)' } },
      { type: 'tab.insertLink', source: { name: 'X', trackedLink: 'http://jobs.hirempire.com/x' } },
      { type: 'tab.insertLink', source: { name: 1, trackedLink: link } },
    ]) {
      expect(parseTabRequest(bad)).toBeNull();
    }
  });

  it('come only from this extension’s worker, never from a tab', async () => {
    expect(isFromWorker(worker(), EXT_ID)).toBe(true);
    expect(isFromWorker(boardTab('linkedin', 3), EXT_ID)).toBe(false);
    expect(isFromWorker({ id: FOREIGN_EXT_ID }, EXT_ID)).toBe(false);
    expect(isFromWorker({}, EXT_ID)).toBe(false);
  });
});
