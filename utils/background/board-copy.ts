import type { BoardLink } from '../messaging/protocol';
import { writeClipboard } from './clipboard-writer';

/** Whether the worker put the link on the clipboard (the control shows it to copy by hand when not). */
export interface BoardCopy {
  copied: boolean;
}

/**
 * Copies, from an extension document, the link a control asked for: this board's (no
 * `sourceId`), or one of the active job's other sources that the control offered.
 */
export async function copyForBoard(link: Promise<BoardLink>, sourceId?: string, write = writeClipboard): Promise<BoardCopy> {
  const { source, otherSources } = await link;
  const chosen = sourceId === undefined ? source : otherSources.find((other) => other.id === sourceId);
  if (!chosen?.trackedLink) return { copied: false };
  return { copied: await write(chosen.trackedLink) };
}
