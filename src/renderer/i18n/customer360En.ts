import type { customer360ZhCN } from './customer360ZhCN';

type Messages<T> = { [K in keyof T]: T[K] extends string ? string : Messages<T[K]> };

/** English messages under `customer360.*`: the same keys as customer360ZhCN.ts. */
export const customer360En: Messages<typeof customer360ZhCN> = {
  customer360: {
    title: 'Customer profile',
    loading: 'Opening the customer profile…',
    notFound: 'This customer was not found. The profile may have been deleted.',
    loadFailed: 'The customer profile could not be opened.',
    retry: 'Try again',
    profile: 'Profile',
    fields: {
      salutation: 'Salutation',
      phone: 'Phone',
      otherPhones: 'Other numbers',
      email: 'Email',
      idCard: 'ID-card number',
      address: 'Address',
      account: 'Account',
      birthday: 'Birthday',
      tags: 'Tags',
    },
    fieldNames: { phone: 'phone number', email: 'email address', idCard: 'ID-card number', address: 'address' },
    none: 'not on file',
    reveal: {
      show: 'Show the full {{field}}',
      form: 'Show the {{field}}',
      reason: 'Reason (at least two characters, written to the audit log)',
      confirm: 'Show it',
      cancel: 'Cancel',
      tooShort: 'Please give a reason of at least two characters.',
      done: 'Shown to you at {{time}}, reason: {{reason}}. This was written to the audit log.',
      forbidden: 'Your role may not see the {{field}}; a team lead or admin can look it up. Nothing was shown or recorded.',
      empty: 'The customer has not given this.',
      working: 'Looking it up…',
    },
    cases: {
      title: 'All cases ({{count}})',
      none: 'This customer has no cases yet.',
      open: 'Open case {{number}}: {{subject}}',
      line: '{{status}} · updated {{time}}',
    },
    calls: {
      title: 'Calls',
      none: 'No calls yet.',
      line: '{{channel}} · talk {{talk}}',
      onCase: 'case {{number}}',
    },
    satisfaction: {
      title: 'Satisfaction',
      average: 'Average {{average}} of 5 from {{count}} ratings',
      none: 'No ratings yet.',
      score: '{{score}} of 5',
      noComment: '(no comment)',
    },
    followUps: {
      title: 'Follow-ups to do',
      none: 'No follow-ups to do.',
      due: 'due {{time}}',
      overdue: 'overdue',
    },
    care: {
      title: 'Care dates',
      nextBirthday: 'Next birthday: {{date}} (in {{count}} days)',
      birthdayToday: "Today is the customer's birthday: {{date}}",
      noBirthday: 'No birthday on file, so no care date.',
    },
    span: {
      minutes: '{{minutes}} min {{seconds}} s',
    },
  },
};
