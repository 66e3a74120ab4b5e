import { useTranslation } from 'react-i18next';
import { ContactDetails } from './ContactDetails';
import { CustomerActivity } from './CustomerActivity';
import { RevealField } from './RevealField';
import { SalutationField } from './SalutationField';
import './customers.css';
import { LoadStatus } from '../../ui/LoadStatus';
import { SidePanel } from '../../ui/SidePanel';
import { useApiQuery } from '../../ui/useApiQuery';

/** Customer 360: masked profile with reveal-with-reason, contact details edited in place, cases and calls, satisfaction, follow-ups and care dates. */
export function Customer360View({ customerId, onClose, onOpenCase }: { customerId: string; onClose(): void; onOpenCase(caseId: string): void }) {
  const { t } = useTranslation();
  const loading = useApiQuery((api) => api.getCustomer360({ customerId }), [customerId]);
  const { retry } = loading;

  const view = loading.state === 'loaded' ? loading.value : null;
  const customer = view?.customer;

  return (
    <SidePanel className="customer-360" titleId="customer-360-title" title={customer ? `${t('customer360.title')} · ${customer.name}` : t('customer360.title')} busy={loading.state === 'loading'} onClose={onClose}>
      <LoadStatus state={loading.state} error={loading.state === 'failed' ? loading.error : undefined} ns="customer360" onRetry={retry} />
      {view && customer && (
        <>
          <section className="c360-section" aria-labelledby="c360-profile-title">
            <h3 id="c360-profile-title">{t('customer360.profile')}</h3>
            <dl className="summary c360-profile">
              <SalutationField key={customer.id} customerId={customer.id} value={customer.salutation} />
              <ContactDetails key={`${customer.id}-contacts`} customerId={customer.id} initial={{ customer, phones: view.phones }} />
              <RevealField key={`${customer.id}-idCard`} customerId={customer.id} field="idCard" label={t('customer360.fields.idCard')} masked={customer.idCardMasked} />
              <dt>{t('customer360.fields.account')}</dt>
              <dd>{customer.accountNo ?? <span className="muted">{t('customer360.none')}</span>}</dd>
              <dt>{t('customer360.fields.birthday')}</dt>
              <dd>{customer.birthday ?? <span className="muted">{t('customer360.none')}</span>}</dd>
              <dt>{t('customer360.fields.tags')}</dt>
              <dd>
                {customer.tags.length === 0 ? (
                  <span className="muted">{t('customer360.none')}</span>
                ) : (
                  <ul className="c360-tags" aria-label={t('customer360.fields.tags')}>
                    {customer.tags.map((tag) => (
                      <li key={tag}>{tag}</li>
                    ))}
                  </ul>
                )}
              </dd>
            </dl>
          </section>
          <CustomerActivity view={view} onOpenCase={onOpenCase} />
        </>
      )}
    </SidePanel>
  );
}
