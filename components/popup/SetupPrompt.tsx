interface SetupPromptProps {
  onSetUp: () => void;
}

/** First run, or the token was removed: nothing can be looked up until it is set. */
export function SetupPrompt({ onSetUp }: SetupPromptProps) {
  return (
    <section className="setup" aria-labelledby="setup-title">
      <h2 id="setup-title">Connect your Hirempire account</h2>
      <p>
        Add your Hirempire API token in the extension’s settings to see each job’s sources, their visits, and
        copy their tracked links.
      </p>
      <button type="button" className="btn btn--primary" onClick={onSetUp}>
        Set up
      </button>
    </section>
  );
}
