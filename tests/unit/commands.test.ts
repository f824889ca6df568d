import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { onCommand, COPY_LINK_COMMAND } from '@/utils/background/commands';

describe('copy shortcut', () => {
  it('asks the board tab’s top frame to copy, and ignores other commands and other sites', async () => {
    const sendMessage = vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockResolvedValue(undefined);
    await onCommand(COPY_LINK_COMMAND, { id: 7, url: 'https://www.linkedin.com/job-posting/' });
    await onCommand(COPY_LINK_COMMAND, { id: 8, url: 'https://example.com/' });
    await onCommand('something-else', { id: 9, url: 'https://employers.indeed.com/job-posting/' });
    expect(sendMessage.mock.calls).toEqual([[7, { type: 'tab.copyLink' }, { frameId: 0 }]]);
  });
});

