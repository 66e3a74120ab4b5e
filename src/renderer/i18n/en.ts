import { callEn } from './callEn';
import { callFlowEn } from './callFlowEn';
import { syncEn } from './syncEn';
import { reportsEn } from './reportsEn';
import { casesEn } from './casesEn';
import { caseDetailEn } from './caseDetailEn';
import { customer360En } from './customer360En';
import { followUpsEn } from './followUpsEn';
import { kbEn } from './kbEn';
import { shellEn } from './shellEn';
import { desktopEn } from './desktopEn';
import { startupEn } from './startupEn';
import { clocksEn } from './clocksEn';
import { accountsEn } from './accountsEn';
import { formsEn } from './formsEn';
import { promisesEn } from './promisesEn';
import { channelFlowEn } from './channelFlowEn';
import { returnsEn } from './returnsEn';
import { caseRepliesEn } from './caseRepliesEn';

import type { zhCN } from './zhCN';
import { termLabels } from '../../shared/schemas/termLabels';
import { liveApprovalsEn } from './liveApprovalsEn';
import { incidentsEn } from './incidentsEn';
import { leadAlertsEn } from './leadAlertsEn';
import { returnsOpsEn } from './returnsOpsEn';
import { evidenceEn } from './evidenceEn';
import { qualityEn } from './qualityEn';
import { scriptPolicyEn } from './scriptPolicyEn';
import { phrasePolicyEn } from './phrasePolicyEn';
import { gatePolicyEn } from './gatePolicyEn';
import { authorityPolicyEn } from './authorityPolicyEn';
import { policiesEn } from './policiesEn';

type Messages<T> = { [K in keyof T]: T[K] extends string ? string : Messages<T[K]> };

/** English: every key of zh-CN, checked by the type. */
export const en: Messages<typeof zhCN> = {
  lock: {
    title: 'Screen locked',
    whoSignedIn: '{{name}} (agent {{number}}) is signed in. Enter your password to carry on.',
    standalone: 'The screen locks while you are away, so no customer details show.',
    password: 'Password',
    unlock: 'Unlock',
  },
  app: {
    title: 'AgentDesk',
    language: 'Language',
    loading: 'Opening the local case store…',
    shortcuts: 'Shortcuts: Ctrl+K search · Ctrl+1…{{last}} workspaces · Ctrl+Shift+N answer a call · Ctrl+N new case · Ctrl+L lock · ? or F1 for all',
  },
  channels: termLabels.en.channels,
  statuses: termLabels.en.statuses,
  newCase: {
    title: 'New case',
    customerName: 'Customer name',
    customerNamePlaceholder: 'e.g. Ms Wang',
    customerPhone: 'Phone',
    customerPhonePlaceholder: 'Mobile, or landline with area code',
    channel: 'Channel',
    subject: 'Subject',
    subjectPlaceholder: 'The customer’s problem in one sentence',
    submit: 'Create case',
    submitting: 'Saving…',
    created: 'Case {{number}} saved on this computer',
    customerEmail: 'Email',
    customerEmailPlaceholder: 'Enough on its own when there is no phone',
    contactHint: 'Give a phone or an email (a phone case needs the phone).',
  },
  caseList: {
    title: 'Cases',
    total: '{{count}} in all',
    empty: 'No cases yet. Fill in the customer’s details on the left to create the first one.',
    loadMore: 'Load more',
    loading: 'Loading…',
    columns: { number: 'Case no.', customer: 'Customer', phone: 'Phone', channel: 'Channel', subject: 'Subject', status: 'Status', updatedAt: 'Updated' },
  },
  ...callEn,
  ...callFlowEn,
  ...channelFlowEn,
  ...syncEn,
  ...startupEn,
  ...reportsEn,
  ...casesEn,
  ...caseDetailEn,
  ...customer360En,
  ...followUpsEn,
  ...kbEn,
  ...shellEn,
  ...desktopEn,
  ...clocksEn,
  ...accountsEn,
  ...formsEn,
  ...liveApprovalsEn,
  ...incidentsEn,
  ...leadAlertsEn,
  ...evidenceEn,
  ...promisesEn,
  ...returnsEn,
  ...caseRepliesEn,
  ...returnsOpsEn,
  ...qualityEn,
  ...scriptPolicyEn,
  ...phrasePolicyEn,
  ...gatePolicyEn,
  ...authorityPolicyEn,
  ...policiesEn,
  profile: {
    button: 'Agent: {{name}} {{number}}',
    setUp: 'Set up agent profile',
    title: 'Agent profile',
    why: 'The greeting script uses the company name, your name and your agent number.',
    signedInAs: 'Signed in as {{name}} (agent number {{number}}). Scripts use the name and number of the signed-in account.',
    companyName: 'Company name',
    agentName: 'Your name',
    agentNumber: 'Agent number',
    save: 'Save',
    serverUrl: 'Sync server address',
    serverUrlPlaceholder: 'e.g. https://sync.example.com (empty: standalone)',
    serverUrlHelp: 'Leave it empty to work standalone, with data kept on this computer only.',
    serverUrlInvalid: 'Enter a full address starting with https://',
    adminOnly: 'Only an admin can change the sync server address or updates (or the machine policy sets them). Nothing was saved.',
    diagnostics: 'Export diagnostics',
    diagnosticsHelp: 'A file for support: versions, the local store’s health, the sync state and the redacted log. No customer data.',
    diagnosticsSaved: 'Saved to: {{path}}',
  },
  detail: {
    close: 'Close (Esc)',
    timeline: 'Timeline',
    events: {
      created: 'Case created',
      note: 'Note',
      statusChanged: 'Status changed',
      fieldChanged: 'Field changed',
      stageCompleted: 'Call stage completed',
      transfer: 'Transferred',
      escalation: 'Escalated',
      approvalRequested: 'Approval requested',
      approvalGranted: 'Approval granted',
      approvalDenied: 'Approval denied',
      followUpScheduled: 'Follow-up scheduled',
      followUpDone: 'Follow-up done',
      followUpMissed: 'Follow-up missed',
      survey: 'Satisfaction survey',
      returnStep: 'Return step',
      fieldRevealed: 'Personal data revealed',
      export: 'Exported',
      conflict: 'Sync conflict',
      solutionAttempt: 'Solution tried',
      callNotSolved: 'Customer says not solved',
      identityChecked: 'Identity check',
      phraseKept: 'Kept as written (for QA)',
      replySent: 'Reply sent',
      alertAcknowledged: 'Major complaint alert acknowledged',
      evidenceAdded: 'Evidence added',
      evidenceRemoved: 'Evidence removed',
    },
  },
  search: {
    label: 'Search cases, customers and the knowledge base',
    placeholder: 'Search by name, phone, order or case number, or keyword (Ctrl+K)',
    results: 'Search results',
    none: 'No cases, customers or articles match “{{text}}”',
    kinds: { case: 'Case', customer: 'Customer', article: 'Article' },
  },
  validation: {
    required: 'Required',
    tooLong: 'Too long',
    returnStepOutOfOrder: 'This step cannot be recorded yet: follow the return steps in order. Nothing was changed.',
    returnClosed: 'This return is closed (refused or completed); no more steps can be recorded.',
    invalidTracking: 'A tracking number is 6–40 letters, digits or hyphens',
    visitDuration: 'The expected duration is a whole number of minutes from 15 to 720',
    invalidPhone: 'Enter a valid number: mobile, landline with area code, or +86…',
    invalidEmail: 'That email address does not look right; it should be like name@example.com',
    invalidChoice: 'Choose one from the list',
    invalidType: 'Wrong format',
    unknownField: 'Contains an unrecognised field',
    httpsRequired: 'The sync server must use https:// (only this computer — localhost, 127.0.0.1 — may use http://)',
    invalid: 'Not valid',
    tooShort: 'A password needs at least 8 characters',
    numberTaken: 'Another account already has this agent number',
    keepReasonRequired: 'Give a reason for keeping the wording (at least 4 characters)',
    guardUnresolved: 'Flagged wording left: replace it, or choose “Keep as written” and give a reason',
    summaryTooShort: 'Say what happened in at least 4 characters',
    contactRequired: 'The customer needs at least one way to be reached: a phone or an email',
    duplicatePhone: 'This customer already has that number',
    addressTooShort: 'That address is too short; give the street and number',
    evidenceEmpty: 'This file is empty; it was not added.',
    evidenceTooLarge: 'The file is larger than 10 MB; it was not added. Compress or split it and try again.',
    evidenceType: 'Only JPEG, PNG or WebP pictures and PDF files can be added (judged by the content, not the extension); it was not added.',
    evidenceNotHere: 'This desktop does not hold the file yet and the server cannot send it now. Open it again after a sync.',
    tooMany: 'Too many items: remove some',
    notANumber: 'Enter a number',
    tooSmall: 'Too small: a target cannot be below 0, a limit must be above 0',
    tooLarge: 'Too large: at most 366 days (527040 minutes)',
    notWhole: 'Enter a whole number',
    atLeastOne: 'At least 1',
    timeTooLong: 'That time limit is too long; check the number',
    expectedAfterDue: 'The expected days cannot be more than the days it is due in',
    invalidTimeZone: 'Unknown time zone: pick one from the list, e.g. Asia/Shanghai',
    limitBeforeTarget: 'The limit cannot be shorter than the target',
    duplicateId: 'The same clock is listed twice',
    adminOnly: 'Only an admin can change this policy. Nothing was published.',
    effectiveInPast: 'The effective time cannot be in the past: a new policy never rewrites clocks already running.',
    ownTeamOnly: 'A team lead can publish for their own team only. Nothing was published.',
    notTeamScoped: 'This policy applies to every team alike and cannot be set for one team. Nothing was published.',
    dispositionCodeFormat: 'A code starts with a letter and uses only letters, digits, _ or -, up to 40 characters',
    duplicateDispositionCode: 'This code is already in the list; each code may appear once',
    noActiveDisposition: 'Keep at least one code in use, or agents cannot save a call',
    unknownDisposition: 'This disposition code is not in the rules in force (it may have been retired). Choose another; the call was not saved and nothing changed.',
    dispositionRemoved: 'A code that was ever published cannot be removed, only retired by clearing “In use” (saved calls still carry it). Nothing was published.',
    dispositionMeansFixed: 'A published code keeps its base outcome, or calls already saved with it would change meaning. Add a new code instead.',
  },
  errors: {
    validation: 'Please correct the marked fields and submit again.',
    unknown_channel: 'Request refused: the sender is not trusted.',
    not_found: 'That record was not found; it may have been removed.',
    conflict: 'Someone else changed this record. Refresh and try again.',
    invalid_transition: 'The case cannot move from its current status to the one chosen.',
    forbidden: 'Your role does not allow this. Ask your team lead.',
    storage: 'The local case store cannot be reached right now; nothing was changed. Try again, or call support.',
    disk_full: 'The disk is full, so this was not saved. Free some space and save again, or call support.',
    read_only: 'The local case store is read-only right now, so this was not saved. Ask support to check the file permissions.',
    bad_credentials: 'That agent number or password is not right. Try again.',
    too_many_attempts: 'Too many wrong passwords. Try again in 5 minutes, or ask your team lead to reset your password.',
    server_unreachable: 'The server cannot be reached, and this desktop has no offline sign-in saved for you. Sign in once while online.',
    not_configured: 'No sync server is set up: this desktop works on its own.',
    untrusted_server: 'Sign-in refused: this server did not prove it is the sync server this desktop trusts (its signing key does not match). Nothing was changed. Tell your administrator.',
    offline_sign_in_expired: 'Offline sign-in is no longer allowed: this desktop has not reached the server for your account for too long. Sign in while the server can be reached.',
    account_revoked: 'The server has reset or deactivated this account, so it cannot sign in offline here. Sign in while the server can be reached, or ask your team lead.',
    not_signed_in: 'Sign in first: nothing can be saved while no one is signed in. Nothing was changed.',
    account_inactive: 'This account has been deactivated and cannot sign in. Ask the administrator of this desktop.',
    already_set_up: 'This desktop already has an administrator; setup cannot run again. Sign in with an existing account.',
    internal: 'Something unexpected went wrong; nothing was changed. Try again, and call support if it keeps happening.',
    not_ready: 'The local database is still opening (or is damaged), so this cannot be done yet. Nothing was changed.',
  },
};
