import { useEffect, useState, type FormEvent } from 'react';
import { i18n } from '#i18n';
import { send } from '@/utils/messaging/protocol';
import { normalizeSite } from '@/utils/site-match';
import { siteRulesItem, type SiteRule } from '@/utils/storage';
import { Notice, type Message } from './Notice';

/**
 * "On stepstone.de, use the source 'StepStone DE'": the recruiter's rules for job boards beyond
 * LinkedIn and Indeed, where a source's name does not say which site it is for. Read from
 * storage (this page is trusted), saved through the worker, which checks them like every setting.
 */
export function SiteRulesSection() {
  const [rules, setRules] = useState<SiteRule[]>([]);
  const [site, setSite] = useState('');
  const [sourceName, setSourceName] = useState('');
  const [message, setMessage] = useState<Message>(null);

  useEffect(() => {
    void siteRulesItem.getValue().then(setRules);
    return siteRulesItem.watch((next) => setRules(next ?? []));
  }, []);

  async function save(next: SiteRule[]) {
    const reply = await send({ type: 'siteRules.save', rules: next });
    if (!reply.ok) return setMessage({ kind: 'error', text: i18n.t('options_sites_save_failed', { reason: reply.error.message }) });
    if ('rejected' in reply.value) return setMessage({ kind: 'error', text: reply.value.rejected });
    setRules(reply.value);
    setMessage({ kind: 'ok', text: i18n.t('options_sites_saved') });
  }

  function add(event: FormEvent) {
    event.preventDefault();
    const normal = normalizeSite(site);
    if (!normal) return setMessage({ kind: 'error', text: i18n.t('options_site_invalid', { site: site.slice(0, 100) }) });
    if (!sourceName.trim()) return setMessage({ kind: 'error', text: i18n.t('options_site_source_missing') });
    void save([{ site: normal, sourceName: sourceName.trim() }, ...rules.filter((rule) => rule.site !== normal)]).then(() => {
      setSite('');
      setSourceName('');
    });
  }

  return (
    <section data-testid="site-rules-section">
      <h2>{i18n.t('options_sites_heading')}</h2>
      <p className="lead">{i18n.t('options_sites_lead')}</p>
      {rules.length ? (
        <ul className="site-rules">
          {rules.map((rule) => (
            <li key={rule.site}>
              <span>{i18n.t('options_site_rule', { site: rule.site, source: rule.sourceName })}</span>{' '}
              <button
                type="button"
                aria-label={i18n.t('options_site_remove', { site: rule.site })}
                onClick={() => void save(rules.filter((r) => r.site !== rule.site))}
              >
                {i18n.t('options_site_remove_short')}
              </button>
            </li>
          ))}
        </ul>
      ) : (
        <p className="hint">{i18n.t('options_sites_none')}</p>
      )}
      <form onSubmit={add} noValidate className="site-rule-form">
        <label htmlFor="site-rule-site">{i18n.t('options_site_label')}</label>
        <input id="site-rule-site" type="text" value={site} placeholder="stepstone.de" autoComplete="off" spellCheck={false} maxLength={300} onChange={(e) => setSite(e.target.value)} />
        <label htmlFor="site-rule-source">{i18n.t('options_site_source_label')}</label>
        <input id="site-rule-source" type="text" value={sourceName} autoComplete="off" spellCheck={false} maxLength={100} onChange={(e) => setSourceName(e.target.value)} />
        <div className="actions">
          <button type="submit">{i18n.t('options_site_add')}</button>
        </div>
      </form>
      <Notice message={message} alertId="site-rules-error" />
    </section>
  );
}
