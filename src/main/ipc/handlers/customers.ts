import type { customersContract } from '../../../shared/contract/customers';
import { getCustomer360 } from '../../store/customers/customer360';
import { getCustomer } from '../../store/customers/customerReads';
import { revealField } from '../../actions/revealField';
import { setCustomerSalutation } from '../../actions/setCustomerSalutation';
import type { FeatureHandlers, HandlerDeps } from '../handlerDeps';

/** Customers: masked profile, one field revealed (audited), the 360 view. */
export function customersHandlers({ db }: HandlerDeps) {
  return {
    getCustomer: ({ customerId }) => getCustomer(db, customerId),
    revealCustomerField: (request, context) => ({ value: revealField(db, request, context) }),
    getCustomer360: ({ customerId }, context) => getCustomer360(db, customerId, context.now),
    setCustomerSalutation: ({ customerId, salutation }, context) => {
      setCustomerSalutation(db, customerId, salutation, context);
      return getCustomer(db, customerId);
    },
  } satisfies FeatureHandlers<typeof customersContract>;
}
