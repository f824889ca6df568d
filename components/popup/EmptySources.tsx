import { i18n } from '#i18n';
import { formatCount } from '@/utils/popup/format';

/** The job exists but has no sources yet: say what to do about it in Hirempire. */
export function EmptySources({ skipped }: { skipped: number }) {
  if (skipped > 0) {
    return (
      <section className="empty banner--warn" aria-labelledby="empty-title">
        <h3 id="empty-title">{i18n.t('popup_unreadable_title')}</h3>
        <p role="status">{i18n.t('popup_unreadable_text', skipped, [formatCount(skipped)])}</p>
      </section>
    );
  }
  return (
    <section className="empty" aria-labelledby="empty-title">
      <h3 id="empty-title">{i18n.t('popup_empty_title')}</h3>
      <p role="status">{i18n.t('popup_empty_text')}</p>
    </section>
  );
}
