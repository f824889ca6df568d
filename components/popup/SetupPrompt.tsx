import { i18n } from '#i18n';

interface SetupPromptProps {
  onSetUp: () => void;
}

/** First run, or the token was removed: nothing can be looked up until it is set. */
export function SetupPrompt({ onSetUp }: SetupPromptProps) {
  return (
    <section className="setup" aria-labelledby="setup-title">
      <h2 id="setup-title">{i18n.t('popup_setup_title')}</h2>
      <p>{i18n.t('popup_setup_text')}</p>
      <button type="button" className="btn btn--primary" onClick={onSetUp}>
        {i18n.t('popup_setup_button')}
      </button>
    </section>
  );
}
