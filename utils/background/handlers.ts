import { browser } from 'wxt/browser';
import type { Handlers } from './router';
import type { Caller } from './trust';
import type { BoardId } from '../boards/registry';
import { activateRecentJob, labelJob, openJob, recentJobs, removeJob } from './jobs';
import { boardLink } from './board-link';
import { recheckToken, removeToken, saveSettings, saveToken, setupState } from './setup';
import { cachedSources, refreshSources } from './sources';
import { markVisitsSeen } from './seen-visits';

/** The worker's answer to each request type; the router has already checked shape and sender. */
export const handlers: Handlers = {
  'sources.cached': ({ jobId }) => cachedSources(jobId),
  'sources.fetch': ({ jobId }) => refreshSources(jobId),
  'setup.get': () => setupState(),
  'token.save': ({ token, origin }) => saveToken(token, origin),
  'token.remove': () => removeToken(),
  'token.check': () => recheckToken(),
  'settings.save': ({ settings }) => saveSettings(settings),
  'jobs.recent': () => recentJobs(),
  'jobs.open': ({ jobId }) => openJob(jobId),
  'jobs.label': ({ jobId, label }) => labelJob(jobId, label),
  'jobs.remove': ({ jobId }) => removeJob(jobId),
  'jobs.seen': ({ jobId, visits }) => markVisitsSeen(jobId, visits),
  'board.link': (_request, caller) => boardLink(boardOf(caller)),
  'board.useJob': async ({ jobId }, caller) => {
    await activateRecentJob(jobId);
    return boardLink(boardOf(caller));
  },
  'board.openSetup': async () => {
    await browser.runtime.openOptionsPage();
    return null;
  },
};

/** The policy lets only board content scripts send board requests; anything else is a bug, not a board. */
function boardOf(caller: Caller): BoardId {
  if (caller.kind !== 'board') throw new Error('board request from a non-board caller');
  return caller.board;
}
