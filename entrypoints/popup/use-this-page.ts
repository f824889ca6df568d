import { useEffect, useState } from 'react';
import type { JobSource } from '@/utils/api/schema';
import { send } from '@/utils/messaging/protocol';
import { jobOnPage, pageUnderPopup } from '@/utils/popup/this-page';

/**
 * The page the popup was opened on, as the popup uses it: a job its address names, and the
 * source of the shown job that belongs to its site (asked again when the job or its answer
 * changes, since the match reads the cached answer).
 */
export function useThisPage(shownJobId: string | null, fetchedAt: number | undefined) {
  const [url, setUrl] = useState<string | null>(null);
  const [site, setSite] = useState<{ site: string; source: JobSource } | null>(null);

  useEffect(() => {
    let live = true;
    void pageUnderPopup().then((page) => live && setUrl(page));
    return () => {
      live = false;
    };
  }, []);

  useEffect(() => {
    if (!url || !shownJobId || fetchedAt === undefined) return setSite(null);
    let live = true;
    void send({ type: 'site.match', url, jobId: shownJobId }).then((reply) => {
      if (!live) return;
      const answer = reply.ok ? reply.value : null;
      setSite(answer?.site && answer.source?.trackedLink ? { site: answer.site, source: answer.source } : null);
    });
    return () => {
      live = false;
    };
  }, [url, shownJobId, fetchedAt]);

  return { jobOffer: jobOnPage(url, shownJobId), site };
}
