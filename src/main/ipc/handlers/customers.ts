import type { customersContract } from '../../../shared/contract/customers';
import { getCustomer360 } from '../../store/customers/customer360';
import { getCustomerContacts } from '../../store/customers/customerContacts';
import { getCustomer } from '../../store/customers/customerReads';
import { revealField } from '../../actions/revealField';
import { setCustomerSalutation } from '../../actions/setCustomerSalutation';
import { addCustomerPhone, removeCustomerPhone, setCustomerAddress, setCustomerEmail, setPrimaryCustomerPhone } from '../../actions/customerContactActions';
import type { FeatureHandlers, HandlerDeps } from '../handlerDeps';

/** Customers: masked profile, one field revealed (audited), the 360 view, contact details edited. */
export function customersHandlers({ db }: HandlerDeps) {
  return {
    getCustomer: ({ customerId }) => getCustomer(db, customerId),
    revealCustomerField: (request, context) => ({ value: revealField(db, request, context) }),
    getCustomer360: ({ customerId }, context) => getCustomer360(db, customerId, context.now),
    setCustomerSalutation: ({ customerId, salutation }, context) => {
      setCustomerSalutation(db, customerId, salutation, context);
      return getCustomer(db, customerId);
    },
    getCustomerContacts: ({ customerId }) => getCustomerContacts(db, customerId),
    setCustomerEmail: ({ customerId, email }, context) => {
      setCustomerEmail(db, customerId, email, context);
      return getCustomerContacts(db, customerId);
    },
    setCustomerAddress: ({ customerId, address }, context) => {
      setCustomerAddress(db, customerId, address, context);
      return getCustomerContacts(db, customerId);
    },
    addCustomerPhone: (input, context) => {
      addCustomerPhone(db, input, context);
      return getCustomerContacts(db, input.customerId);
    },
    removeCustomerPhone: ({ customerId, phoneRef }, context) => {
      removeCustomerPhone(db, customerId, phoneRef, context);
      return getCustomerContacts(db, customerId);
    },
    setPrimaryCustomerPhone: ({ customerId, phoneRef }, context) => {
      setPrimaryCustomerPhone(db, customerId, phoneRef, context);
      return getCustomerContacts(db, customerId);
    },
  } satisfies FeatureHandlers<typeof customersContract>;
}
