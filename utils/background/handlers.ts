import { browser } from 'wxt/browser';
import type { Handlers } from './router';
import { activateRecentJob, labelJob, openJob, recentJobs, removeJob } from './jobs';
import { boardLink } from './board-link';
import { recheckToken, removeToken, saveSettings, saveToken, setupState } from './setup';
import { cachedSources, refreshSources } from './sources';

/** The worker's answer to each request type; the router has already checked shape and sender. */
export const handlers: Handlers = {
  'sources.cached': ({ jobId }) => cachedSources(jobId),
  'sources.fetch': ({ jobId }) => refreshSources(jobId),
  'setup.get': () => setupState(),
  'token.save': ({ token }) => saveToken(token),
  'token.remove': () => removeToken(),
  'token.check': () => recheckToken(),
  'settings.save': ({ settings }) => saveSettings(settings),
  'jobs.recent': () => recentJobs(),
  'jobs.open': ({ jobId }) => openJob(jobId),
  'jobs.label': ({ jobId, label }) => labelJob(jobId, label),
  'jobs.remove': ({ jobId }) => removeJob(jobId),
  'board.link': (_request, caller) => boardLink(caller.kind === 'board' ? caller.board : 'linkedin'),
  'board.useJob': async ({ jobId }, caller) => {
    const board = caller.kind === 'board' ? caller.board : 'linkedin';
    await activateRecentJob(jobId);
    return boardLink(board);
  },
  'board.openSetup': async () => {
    await browser.runtime.openOptionsPage();
    return null;
  },
};
