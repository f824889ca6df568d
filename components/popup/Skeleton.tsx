import { i18n } from '#i18n';

/** Placeholder rows while the first answer for a job is on its way. */
export function SourcesSkeleton() {
  return (
    <div aria-busy="true">
      <p className="visually-hidden" role="status">
        {i18n.t('popup_loading_sources')}
      </p>
      <ul className="skeleton" aria-hidden="true">
        {[0, 1, 2].map((row) => (
          <li key={row}>
            <span />
            <span />
            <span />
          </li>
        ))}
      </ul>
    </div>
  );
}
