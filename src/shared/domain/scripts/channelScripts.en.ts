/** The English lines of the written and counter channels, version 1: mirrors the Chinese file id for id. */
import type { ChannelScriptSet } from './channelScriptTypes';

export const enChannelScripts: ChannelScriptSet = {
  walkIn: {
    greet: {
      lines: [
        { id: 'open', text: 'Hello, welcome to the {company} service centre. I am {agentName}, number {agentNumber}. Please take a seat: what can I do for you today?' },
        { id: 'lookup', text: 'Could you show me your order number, or tell me your phone number or account? I will bring up your records.' },
        { id: 'verify', when: 'verified', text: '{customer}, I have your records here. For your security, may I see an ID, or could you tell me the last four digits of the phone number on file?' },
        { id: 'register', when: 'newCaller', text: 'You are not in our system yet, so let me register you. What name should I use? A phone number or an email address is enough to reach you.' },
        { id: 'anonymous', when: 'anonymous', text: 'That is fine if you would rather not leave details: I will note this as an anonymous visit and help you all the same.' },
      ],
      checklist: [
        { id: 'welcome', text: 'Stand to welcome; give the centre, your name and number' },
        { id: 'lookup', text: 'Find the customer by order number, phone or account' },
        { id: 'verify', text: 'Check ID or the last four digits, or note as anonymous' },
      ],
    },
    record: {
      lines: [
        { id: 'thanks', when: 'named', text: '{customer}, that is everything for today. Thank you for coming in.' },
        { id: 'thanksAnonymous', when: 'anonymous', text: 'That is everything for today. Thank you for coming in.' },
        { id: 'goodbye', text: 'Safe journey home, and come by or call us any time. Goodbye!' },
      ],
      checklist: [
        { id: 'summary', text: 'Write down the problem and the solution' },
        { id: 'disposition', text: 'Choose a disposition code' },
        { id: 'save', text: 'Wrap up and save once the customer has left' },
      ],
    },
    templates: [],
    /** The scenario's lines said this channel's way (see lineOverridesSchema). */
    lines: {
      '*.solve.transfer': '{transferTarget} handles this kind of request, so I will ask a colleague to come and help you. It should take about {expectedWait}; please have a seat meanwhile.',
      '*.solve.escalate': "I've handed this over to {escalationTarget} with all the details. You don't need to wait here: someone will contact you within {feedbackTime}.",
      'consultation.solve.sendGuide': 'I can also send the illustrated steps to your phone or email so you have them at home. Would that help?',
      'complaint.solve.plan': "You'll have our proposed solution within {feedbackTime}, and once it's done we'll contact you to check everything is fine.",
      'afterSales.solve.change': "If anything changes on our side we'll tell you in advance; to move the appointment, just drop by or contact us.",
      'faultDiagnosis.solve.tried': 'What did you try before coming in? For example restarting it, checking the power and cables, or signing in again?',
      'faultDiagnosis.solve.outcome': "If we can't fix it here and now, I'll show you a temporary workaround and arrange an engineer visit or a repair check.",
      '*.followUp.escalationPending': "{escalationTarget} will get back to you within {feedbackTime}. If nobody has been in touch by then, contact us any way you like and we'll pick it up.",
      '*.followUp.callback': "We'd like to follow up to make sure it's all resolved. When and how would you like us to contact you?",
    },
  },
  chat: {
    greet: {
      lines: [
        { id: 'open', text: 'Hello, this is {company} online support. I am {agentName} (number {agentNumber}). How can I help you today?' },
        { id: 'lookup', text: 'If you can, send me your order number, phone number or account and I will look up your records.' },
        { id: 'register', when: 'newCaller', text: 'I cannot find your details, so let me register you: what name should I use, and could you leave a phone number or an email address?' },
      ],
      checklist: [
        { id: 'firstReply', text: 'Send the first reply within 30 seconds (first-response target)' },
        { id: 'lookup', text: 'Find the customer by order, phone or account, or note as anonymous' },
        { id: 'recordSent', text: 'Press "Record as sent" for every message you send' },
      ],
    },
    record: {
      lines: [
        { id: 'thanks', when: 'named', text: '{customer}, thank you for your patience; that is all for this chat.' },
        { id: 'goodbye', text: 'If anything else comes up, just leave us a message here. Have a good day!' },
      ],
      checklist: [
        { id: 'fullReply', text: 'Give a full reply within 30 minutes' },
        { id: 'disposition', text: 'Choose a disposition code' },
        { id: 'save', text: 'Wrap up and save after the chat' },
      ],
    },
    templates: [
      { id: 'welcome', stage: 'greet', text: 'Hello, this is {company} online support, {agentName} speaking. How can I help you?' },
      { id: 'moment', stage: 'confirm', text: '{customer}, I understand. I am looking into it now: please give me a minute or two.' },
      { id: 'restate', stage: 'confirm', text: 'Let me check I have this right: the problem is …, and you would like us to …. Is that correct?' },
      { id: 'answer', stage: 'solve', text: '{customer}, here is how to sort out the {product} issue: …. Please try it and tell me how it goes.' },
      { id: 'escalated', stage: 'solve', text: 'I have passed this to {escalationTarget}; someone will contact you within {feedbackTime}.' },
      { id: 'anythingElse', stage: 'followUp', text: 'Is the problem solved now? Is there anything else I can help with?' },
      { id: 'survey', stage: 'followUp', text: 'A short survey will appear next: please rate this chat from 1 to 5. Thank you!' },
      { id: 'closing', stage: 'record', text: 'Thank you for contacting us. Have a good day, goodbye!' },
    ],
    /** The scenario's lines said this channel's way (see lineOverridesSchema). */
    lines: {
      'consultation.solve.kbAnswer': "We have ready-made instructions for this; I'll send you the steps one by one so you can follow along.",
      '*.solve.transfer': "{transferTarget} handles this kind of request, so I'm passing this chat to them now. It should take about {expectedWait}; please keep this chat window open.",
      '*.solve.escalate': "I've handed this over to {escalationTarget} with all the details. You don't need to stay in the chat: someone will contact you within {feedbackTime}.",
      'consultation.solve.sendGuide': "I'll post the illustrated steps right here in the chat so you have them for later. Is that all right?",
      'complaint.solve.plan': "You'll have our proposed solution within {feedbackTime}, and once it's done we'll contact you to check everything is fine.",
      'afterSales.solve.change': "If anything changes on our side we'll tell you in advance; to move the appointment, just leave us a message here.",
      'faultDiagnosis.solve.tried': 'What have you tried so far? For example restarting it, checking the power and cables, or signing in again?',
      'faultDiagnosis.solve.outcome': "If we can't fix it in the chat, I'll give you a temporary workaround and arrange an engineer visit or a return for inspection.",
      '*.followUp.escalationPending': "{escalationTarget} will get back to you within {feedbackTime}. If nobody has been in touch by then, leave us a message here and we'll pick it up.",
      '*.followUp.callback': "We'd like to follow up to make sure it's all resolved. When and how would you like us to contact you?",
    },
  },
  email: {
    greet: {
      lines: [
        { id: 'open', text: 'Read the whole email and its attachments first, then look the customer up by the sender address.' },
        { id: 'lookup', text: 'Use an order or phone number in the email to check the records; register an unknown sender by their email address.' },
        { id: 'received', text: 'Note when the email arrived: the 24-hour reply target counts from then.' },
      ],
      checklist: [
        { id: 'read', text: 'Read the body and attachments' },
        { id: 'lookup', text: 'Find the customer by sender address, order or phone' },
        { id: 'received', text: 'Fill in when the email was received' },
      ],
    },
    record: {
      lines: [
        { id: 'sign', text: 'A reply needs a greeting, a body and a signature: {agentName}, {company} Customer Service.' },
        { id: 'check', text: 'Check the recipient, attachments and greeting before sending, then press "Record as sent".' },
      ],
      checklist: [
        { id: 'replied', text: 'Replied within 24 hours and recorded as sent' },
        { id: 'disposition', text: 'Choose a disposition code' },
        { id: 'save', text: 'Wrap up and save' },
      ],
    },
    templates: [
      { id: 'received', stage: 'greet', text: 'Dear {customer},\n\nThank you for your email. We are looking into it and will send you a full answer within 24 hours.\n\n{agentName}\n{company} Customer Service' },
      { id: 'apology', stage: 'confirm', text: 'Dear {customer},\n\nThank you for writing, and we are sorry for the trouble. As we understand it, the problem is …. To check quickly, could you send us the order number and any photos?\n\n{agentName}\n{company} Customer Service' },
      { id: 'answer', stage: 'solve', text: 'Dear {customer},\n\nAbout the {product} issue in your email, this is what we will do:\n…\nIf anything is unclear, simply reply to this email.\n\n{agentName} (number {agentNumber})\n{company} Customer Service' },
      { id: 'escalated', stage: 'solve', text: 'Dear {customer},\n\nYour issue is now with {escalationTarget}, who will contact you within {feedbackTime}.\n\n{agentName}\n{company} Customer Service' },
      { id: 'followUp', stage: 'followUp', text: 'Dear {customer},\n\nWe would like to check that the problem is now solved. If you need anything else, just write to us.\n\n{agentName}\n{company} Customer Service' },
    ],
    /** The scenario's lines said this channel's way (see lineOverridesSchema). */
    lines: {
      'consultation.solve.kbAnswer': 'We have ready-made instructions for this; the steps are set out below so you can follow them in order.',
      '*.solve.transfer': "{transferTarget} handles this kind of request, so I've passed your email to them; expect their reply within about {expectedWait}.",
      '*.solve.escalate': "I've handed this over to {escalationTarget} with all the details; someone will contact you within {feedbackTime}.",
      'consultation.solve.sendGuide': "I've attached the illustrated steps to this email so you can follow along.",
      'complaint.solve.plan': "You'll have our proposed solution within {feedbackTime}, and once it's done we'll contact you to check everything is fine.",
      'afterSales.solve.change': "If anything changes on our side we'll tell you in advance; to move the appointment, simply reply to this email.",
      'faultDiagnosis.solve.tried': 'What have you tried so far? For example restarting it, checking the power and cables, or signing in again?',
      'faultDiagnosis.solve.outcome': "If it can't be sorted out by email, we'll suggest a temporary workaround and arrange an engineer visit or a return for inspection.",
      '*.followUp.escalationPending': "{escalationTarget} will get back to you within {feedbackTime}. If nobody has been in touch by then, reply to this email and we'll pick it up.",
      '*.followUp.callback': "We'd like to follow up to make sure it's all resolved. When and how would you like us to contact you?",
    },
  },
};
