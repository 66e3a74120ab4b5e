import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { IncomingCall } from '../../../shared/api';
import { LIMITS } from '../../../shared/schemas/case';
import type { CallDraft, Caller, VerificationMethod } from '../../../shared/schemas/callDraft';
import { useApi } from '../../apiContext';
import type { SearchHit } from '../../../shared/schemas/search';
import { SelectField, TextField } from '../../ui/fields';
import { useSearch } from '../../ui/useSearch';
import { VerificationField } from './VerificationField';

type Update = (change: (draft: CallDraft) => CallDraft) => void;
const salutations = ['mr', 'ms'] as const;

/** Greet: find who is calling (screen-pop matches, a search, or a new customer) or mark them anonymous; verify identity. */
export function GreetStage({ draft, incoming, update, onVerify }: { draft: CallDraft; incoming: IncomingCall | null; update: Update; onVerify(method: VerificationMethod): void }) {
  const { t } = useTranslation();
  const api = useApi();
  // Another caller: the identity check made so far stays in the history but no longer applies.
  const setCaller = (caller: Caller | null) => update((d) => ({ ...d, caller, verified: false, verification: null }));
  /** A customer picked from the search: linked at once, then with the salutation stored on them. */
  const pick = (id: string, name: string) => {
    setCaller({ mode: 'linked', customerId: id, name, salutation: null });
    void api.getCustomer({ customerId: id }).then((reply) => {
      const salutation = reply.ok && (reply.value.salutation === 'mr' || reply.value.salutation === 'ms') ? reply.value.salutation : null;
      if (salutation) update((d) => (d.caller?.mode === 'linked' && d.caller.customerId === id ? { ...d, caller: { ...d.caller, salutation } } : d));
    });
  };
  const caller = draft.caller;
  return (
    <div className="stage-form">
      {incoming && incoming.matches.length > 1 && !caller && (
        <fieldset>
          <legend>{t('call.greet.matches')}</legend>
          {incoming.matches.map((m) => (
            <button key={m.id} type="button" className="secondary choice" onClick={() => setCaller({ mode: 'linked', customerId: m.id, name: m.name, salutation: m.salutation === 'mr' || m.salutation === 'ms' ? m.salutation : null })}>
              {m.name} · {m.phoneMasked}
            </button>
          ))}
        </fieldset>
      )}
      {caller?.mode === 'linked' && (
        <p className="linked">
          {t('call.greet.linked', { name: caller.name })}{' '}
          <button type="button" className="link" onClick={() => setCaller(null)}>
            {t('call.greet.change')}
          </button>
        </p>
      )}
      {caller?.mode === 'anonymous' && (
        <p className="linked">
          {t(`channelFlow.wording.anonymousChosen.${draft.channel}`)}{' '}
          <button type="button" className="link" onClick={() => setCaller(null)}>
            {t('call.greet.change')}
          </button>
        </p>
      )}
      {caller?.mode === 'new' && incoming?.matches.length === 0 && <p className="muted">{t('call.greet.noMatch')}</p>}
      {caller?.mode === 'new' && (
        <fieldset>
          <legend>{t('call.greet.newCustomer')}</legend>
          <TextField label={t('call.greet.name')} value={caller.name} maxLength={LIMITS.name} autoFocus onChange={(name) => setCaller({ ...caller, name })} />
          <SelectField
            label={t('call.greet.salutation')}
            value={caller.salutation}
            options={salutations}
            emptyLabel={t('call.greet.salutations.none')}
            labelOf={(s) => t(`call.greet.salutations.${s}`)}
            onChange={(salutation) => setCaller({ ...caller, salutation })}
          />
          <TextField label={t('call.greet.phone')} type="tel" value={caller.phone} maxLength={30} onChange={(phone) => setCaller({ ...caller, phone })} />
          {draft.channel !== 'phone' && (
            <TextField label={t('channelFlow.email')} type="email" value={caller.email ?? ''} maxLength={254} placeholder={t('channelFlow.emailPlaceholder')} onChange={(email) => setCaller({ ...caller, email })} />
          )}
          <button type="button" className="link" onClick={() => setCaller(null)}>
            {t('call.greet.change')}
          </button>
        </fieldset>
      )}
      {!caller && (
        <>
          {incoming && incoming.matches.length === 0 && <p className="muted">{t('call.greet.noMatch')}</p>}
          <CustomerFinder onPick={(hit) => pick(hit.id, hit.title.map((p) => p.text).join(''))} />
          <div className="row">
            <button type="button" className="secondary" onClick={() => setCaller({ mode: 'new', name: '', phone: draft.callerNumber ?? '', salutation: null })}>
              {t('call.greet.newCustomer')}
            </button>
            <button type="button" className="secondary" onClick={() => setCaller({ mode: 'anonymous' })}>
              {t('call.greet.anonymous')}
            </button>
          </div>
        </>
      )}
      {caller?.mode === 'linked' && <VerificationField draft={draft} onChange={onVerify} />}
    </div>
  );
}

function CustomerFinder({ onPick }: { onPick(hit: SearchHit): void }) {
  const { t } = useTranslation();
  const [text, setText] = useState('');
  const search = useSearch(text, { kinds: ['customer'], limit: 8 });
  const hits = search.error ? [] : (search.hits ?? []);
  return (
    <div className="customer-finder">
      <TextField label={t('call.greet.findCustomer')} type="search" value={text} onChange={setText} />
      {hits.length > 0 && (
        <ul className="choices">
          {hits.map((hit) => (
            <li key={hit.id}>
              <button type="button" className="secondary choice" onClick={() => onPick(hit)}>
                {hit.title.map((p) => p.text).join('')} · {hit.phoneMasked}
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
