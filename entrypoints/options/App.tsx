import { useCallback, useEffect, useRef, useState } from 'react';
import { i18n } from '#i18n';
import { browser } from 'wxt/browser';
import { isDefaultApiOrigin, originPermissionPattern } from '@/utils/api-origin';
import { send, type SetupState } from '@/utils/messaging/protocol';
import { saveSettingsWithAccess, type SaveOutcome } from '@/utils/settings-file';
import { hostAccessLostItem, settingsItem, tokenStatusItem, type Settings } from '@/utils/storage';
import { AdvancedSection } from '@/components/options/AdvancedSection';
import { BackupSection } from '@/components/options/BackupSection';
import { BoardsSection } from '@/components/options/BoardsSection';
import { TokenSection } from '@/components/options/TokenSection';
import { SiteRulesSection } from '@/components/options/SiteRulesSection';
import '@/components/options/options.css';

/**
 * Wiring for the options page: the setup state comes from the worker (`setup.get`),
 * and is read again whenever the page comes back into view or storage changes, so a
 * token rejected elsewhere (a 401 in the popup) shows here without a reload.
 */
export default function App() {
  const [setup, setSetup] = useState<SetupState | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);
  const [hostAllowed, setHostAllowed] = useState(true);
  const tokenInput = useRef<HTMLInputElement>(null);
  const focusedOnce = useRef(false);

  const checkHost = useCallback(async (apiBaseUrl: string) => {
    if (isDefaultApiOrigin(apiBaseUrl)) return setHostAllowed(true);
    const allowed = await browser.permissions
      .contains({ origins: [originPermissionPattern(apiBaseUrl)] })
      .catch(() => true);
    setHostAllowed(allowed);
  }, []);

  const apply = useCallback(
    (state: SetupState) => {
      setSetup(state);
      setLoadError(null);
      void checkHost(state.settings.apiBaseUrl);
    },
    [checkHost],
  );

  const refresh = useCallback(async () => {
    const reply = await send({ type: 'setup.get' });
    if (reply.ok) apply(reply.value);
    else setLoadError(reply.error.message);
  }, [apply]);

  useEffect(() => {
    void refresh();
    const onVisible = () => {
      if (document.visibilityState === 'visible') void refresh();
    };
    const onFocus = () => void refresh();
    window.addEventListener('focus', onFocus);
    document.addEventListener('visibilitychange', onVisible);
    // Storage changes are only a signal: the state itself is always asked of the worker.
    const unwatch = [settingsItem, tokenStatusItem, hostAccessLostItem].map((item) => item.watch(() => void refresh()));
    return () => {
      window.removeEventListener('focus', onFocus);
      document.removeEventListener('visibilitychange', onVisible);
      unwatch.forEach((stop) => stop());
    };
  }, [refresh]);

  // First run (or a rejected token): the page exists to take a token, so start there.
  useEffect(() => {
    if (!setup || focusedOnce.current) return;
    focusedOnce.current = true;
    if (setup.token.state === 'none' || setup.token.state === 'invalid') tokenInput.current?.focus();
  }, [setup]);

  /** Must be called straight from a click or submit handler (see saveSettingsWithAccess). */
  const saveSettings = useCallback(
    (settings: Settings): Promise<SaveOutcome> =>
      saveSettingsWithAccess(settings, {
        requestAccess: (origins) => browser.permissions.request({ origins }),
        save: (next) => send({ type: 'settings.save', settings: next }),
      }),
    [],
  );

  return (
    <main className="options">
      <h1>
        <span className="logo" aria-hidden="true">
          H
        </span>
        {i18n.t('options_title')}
      </h1>
      <p className="intro">{i18n.t('options_intro')}</p>

      {!setup && !loadError && (
        <p className="loading" role="status">
          {i18n.t('options_loading')}
        </p>
      )}
      {!setup && loadError && (
        <div className="banner" role="alert">
          <strong>{i18n.t('options_load_failed')}</strong>
          <p>{loadError}</p>
          <button type="button" onClick={() => void refresh()}>
            {i18n.t('options_try_again')}
          </button>
        </div>
      )}

      {setup && (
        <>
          {setup.hostAccessLost && (
            <div className="banner" role="alert" data-testid="host-access-lost-banner">
              <strong>{i18n.t('options_access_lost_title', { origin: setup.hostAccessLost.origin })}</strong>
              <p>
                {i18n.t('options_access_lost_text', { origin: setup.hostAccessLost.origin, default: setup.settings.apiBaseUrl })}
              </p>
            </div>
          )}
          {setup.token.state === 'invalid' && (
            <div className="banner" role="alert" data-testid="invalid-token-banner">
              <strong>{i18n.t('options_invalid_banner_title', { origin: setup.settings.apiBaseUrl })}</strong>
              <p>{i18n.t('options_invalid_banner_text')}</p>
              <button type="button" className="primary" onClick={() => tokenInput.current?.focus()}>
                {i18n.t('options_invalid_banner_action')}
              </button>
            </div>
          )}
          <TokenSection setup={setup} onState={apply} tokenInput={tokenInput} />
          <BoardsSection setup={setup} onState={apply} saveSettings={saveSettings} />
          <SiteRulesSection />
          <AdvancedSection setup={setup} onState={apply} saveSettings={saveSettings} hostAllowed={hostAllowed} />
          <BackupSection setup={setup} onState={apply} saveSettings={saveSettings} />
        </>
      )}
    </main>
  );
}
