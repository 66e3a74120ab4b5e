/**
 * The built-in English call scripts, version 1. Mirrors defaultScripts.zhCN.ts id for id, so a
 * checklist ticked in one language stays ticked after switching to the other.
 */
import { scenarios, type Scenario } from '../../schemas/domainTerms';
import type { Script, ScriptLine, StageScript } from './scriptTypes';

const greet: StageScript = {
  lines: [
    { id: 'open', text: "Hello, thank you for calling {company}. My name is {agentName}, agent number {agentNumber}, and I'll be looking after you today." },
    { id: 'lookup', text: 'So I can pull up your records, could you give me your mobile number, account or an order number? Any one of them will do.' },
    { id: 'verify', when: 'verified', text: 'Thank you, {customer}, I have your details here. To keep your account safe, could you confirm the last four digits of the mobile number we have on file?' },
    { id: 'register', when: 'newCaller', text: "I don't have this number in our records yet, so I'll set up a customer record for you; that will make future calls quicker. May I have your name, and how should I address you?" },
    { id: 'anonymous', when: 'anonymous', text: "That's perfectly fine. I'll log this as an anonymous call, and I can still help you with your question." },
  ],
  checklist: [
    { id: 'announce', text: 'Say the company name, your name and agent number' },
    { id: 'lookup', text: 'Find the customer by caller number, account or order number' },
    { id: 'verify', text: 'Verify identity (e.g. last four digits of the phone on file) or mark the caller anonymous' },
  ],
};

const confirm = (ask: string): StageScript => ({
  lines: [
    { id: 'ask', text: ask },
    { id: 'keyPoints', text: 'When and where did this happen, and what exactly took place? And how would you like us to put it right?' },
    { id: 'restate', text: 'Let me repeat that back to make sure I have it right: … Is that correct?' },
  ],
  checklist: [
    { id: 'restated', text: "Restate the problem and get the customer's yes" },
    { id: 'keyPoints', text: 'Note when, where, what happened and what the customer wants' },
    { id: 'category', text: 'Choose the category' },
    { id: 'team', text: 'Decide whether another team is needed' },
  ],
});

/** Transfer etiquette: say where the call goes and how long the wait is, before transferring. */
const transfer: ScriptLine = { id: 'transfer', text: "{transferTarget} handles this kind of request, so I'll put you through to them now. The wait should be about {expectedWait}; please stay on the line.", when: 'unlessEscalated' };
/** Escalation: the customer does not wait on the line; a named colleague comes back to them by a promised time. */
const escalate: ScriptLine = { id: 'escalate', text: "I've handed this over to {escalationTarget} with all the details. You don't need to hold: someone will contact you within {feedbackTime}, so please keep your phone nearby.", when: 'unlessTransferred' };

const solve: Record<Scenario, StageScript> = {
  consultation: {
    lines: [
      { id: 'kbAnswer', text: "We have a step-by-step guide for this. I'll read it out, and you can follow along as I go." },
      { id: 'sendGuide', text: 'I can also send the illustrated steps to your phone or email so you have them for later. Would that help?' },
      escalate,
      transfer,
    ],
    checklist: [
      { id: 'kbUsed', text: 'Find the knowledge-base answer and read it out or send it' },
      { id: 'understood', text: 'Check that the customer understood or got it working' },
      { id: 'collaborate', text: "If it can't be solved now, start collaboration within 5 minutes and tell the customer when to expect an answer" },
    ],
  },
  complaint: {
    lines: [
      { id: 'empathy', text: "I'm really sorry this happened to you; I'd be upset too. I'll look after this personally until it's sorted out." },
      { id: 'evidence', text: 'To check this quickly, could you tell me when you bought it and the order number? Photos would help too, if you can send some.' },
      { id: 'options', text: "Under our policy we can offer a refund, an exchange, a repair or suitable compensation. Which would you prefer? Anything beyond what I can approve, I'll take to my supervisor." },
      { id: 'plan', text: "You'll have our proposed solution within {feedbackTime}, and once it's done I'll call you to check everything is fine." },
      escalate,
      transfer,
    ],
    checklist: [
      { id: 'feelings', text: 'Acknowledge feelings first; never argue or deflect' },
      { id: 'evidence', text: 'Verify purchase date, order number, photos or other evidence' },
      { id: 'policy', text: 'Keep options within policy; anything beyond your authority goes to a lead for approval' },
      { id: 'deadline', text: 'Give the deadline for the solution (48 h; major complaints: first reply within 24 h)' },
    ],
  },
  afterSales: {
    lines: [
      { id: 'address', text: "Let's arrange a visit. Could you confirm the address, and a time slot when someone will be at home?" },
      { id: 'booked', text: "You're booked in: engineer {engineer} will come on {visitDate}, {timeSlot}. The visit should take about … hours, depending on what the engineer finds." },
      { id: 'change', text: "If anything changes on our side we'll tell you in advance, and if you need to move the appointment, just give us a call." },
      transfer,
    ],
    checklist: [
      { id: 'address', text: 'Confirm the visit address (with the customer only)' },
      { id: 'slot', text: 'Agree on the date and time slot' },
      { id: 'engineer', text: "Give the engineer's name and the expected duration" },
      { id: 'warranty', text: 'Check the warranty status and any costs' },
    ],
  },
  returnExchange: {
    lines: [
      { id: 'eligibility', text: 'Let me check the conditions first: an item with a quality defect, an item not as described, or one received less than 7 days ago can be returned or exchanged.' },
      { id: 'cost', text: 'For a quality defect or an item not as described, we cover the shipping. For a change of mind, or damage caused by misuse, the shipping is at your cost.' },
      { id: 'steps', text: "We review requests within 24 hours. Once approved, we'll tell you how and where to send the item; please ship it within 7 days of that confirmation." },
      { id: 'refund', text: 'When the item arrives and passes inspection, your refund or exchange is completed within 3 to 5 working days.' },
      transfer,
    ],
    checklist: [
      { id: 'eligible', text: 'Check eligibility: quality defect, not as described, or within 7 days' },
      { id: 'cost', text: 'Explain who pays the shipping (special goods follow their own rule)' },
      { id: 'method', text: 'Confirm the return method and address' },
      { id: 'deadlines', text: 'Give the deadlines: review 24 h, ship back within 7 days, processing 3–5 working days' },
    ],
  },
  faultDiagnosis: {
    lines: [
      { id: 'tried', text: 'What have you tried so far? For example restarting it, checking the power and cables, or signing in again?' },
      { id: 'steps', text: "Let's check it together. First, please …, then tell me what you see on the screen." },
      { id: 'outcome', text: "If we can't fix it over the phone, I'll give you a temporary workaround and arrange an engineer visit or a return for inspection." },
      escalate,
      transfer,
    ],
    checklist: [
      { id: 'symptoms', text: 'Record the symptoms' },
      { id: 'class', text: 'Classify: hardware, software or network' },
      { id: 'tried', text: 'Note the steps the customer already tried' },
      { id: 'outcome', text: 'Offer a fix or workaround; arrange a visit or factory return if needed' },
    ],
  },
  order: {
    lines: [
      { id: 'found', text: "I've found order {orderNo}. Let me check the items, quantities and delivery details with you." },
      { id: 'change', text: "An order that hasn't shipped can be changed directly: address, quantity or options. What would you like to change?" },
      { id: 'cancel', text: "An order that hasn't shipped can be cancelled right away; if it's already on its way, we'll handle it as a return and I'll explain how." },
      { id: 'timing', text: 'Orders are normally confirmed within 24 hours and shipped within 48 hours of confirmation; tracking shows in your order details.' },
      transfer,
    ],
    checklist: [
      { id: 'found', text: 'Check the order number, items and delivery details' },
      { id: 'action', text: 'Clarify: confirm, change or cancel' },
      { id: 'status', text: 'Check whether the order has shipped' },
      { id: 'timing', text: 'Give the confirmation and shipping times' },
    ],
  },
};

const ask: Record<Scenario, string> = {
  consultation: 'Which feature of your {product} would you like to know about: how to use it, or what it can do?',
  complaint: "Please take your time and tell me what happened from the start. I'm listening and won't interrupt.",
  afterSales: "What's happening with your {product} at the moment? Would you prefer an engineer to visit, or to send it in for inspection?",
  returnExchange: 'Which item on order {orderNo} is this about? Would you like to return or exchange it, and when did it arrive?',
  faultDiagnosis: 'What is your {product} doing? When did it start, and does it happen every time or only now and then?',
  order: 'Would you like to check the status of order {orderNo}, or change or cancel it?',
};

const solvedQuestion: Record<Scenario, string> = {
  consultation: 'Is everything working now, {customer}, after following those steps?',
  complaint: "Does the solution we've discussed work for you? If anything still isn't right, please tell me.",
  afterSales: "After the engineer's visit we'll call you to check that your {product} works properly and that you were happy with the service.",
  returnExchange: "We'll keep you updated at every step, and once your refund or replacement arrives I'll check in with you.",
  faultDiagnosis: 'Is your {product} working normally now? If the problem comes back, just contact us and we will pick it up from here.',
  order: 'Order {orderNo} has been updated as you asked. Could you check the order details and tell me if everything looks right?',
};

const followUp = (solved: string): StageScript => ({
  lines: [
    { id: 'solved', text: solved },
    { id: 'transferCheck', when: 'afterTransfer', text: 'You were put through to {transferTarget} earlier. Did they manage to sort this out for you?' },
    { id: 'escalationPending', when: 'afterEscalation', text: "{escalationTarget} will get back to you within {feedbackTime}. If nobody has been in touch by then, please call us and we'll pick it up straight away." },
    { id: 'anythingElse', text: 'Is there anything else I can help you with today?' },
    { id: 'callback', text: "We'd like to call you back to make sure it's all resolved. What time would suit you best?" },
    { id: 'survey', text: 'Before you go, how would you rate my help today, from 1 (poor) to 5 (excellent)? Any comments are welcome too.' },
  ],
  checklist: [
    { id: 'solved', text: 'Confirm the fix worked (if not: back to Solve and escalate)' },
    { id: 'more', text: 'Ask whether anything else is needed' },
    { id: 'callback', text: 'Agree on a callback time, or note that none is wanted' },
    { id: 'survey', text: 'Ask for a 1–5 score and note any comment' },
  ],
});

const record: StageScript = {
  lines: [
    { id: 'thanks', when: 'named', text: 'Thank you for your patience, {customer}.' },
    { id: 'thanksAnonymous', when: 'anonymous', text: 'Thank you for calling, and for your patience.' },
    { id: 'contact', text: "If anything else comes up, you're welcome to contact us any time." },
    { id: 'goodbye', text: 'Have a lovely day. Goodbye!' },
  ],
  checklist: [
    { id: 'summary', text: 'Write down the problem and the solution' },
    { id: 'disposition', text: 'Choose the disposition code' },
    { id: 'collaborators', text: 'Note the colleagues who helped' },
    { id: 'save', text: 'Finish after-call work and save' },
  ],
};

export const enScripts: Script[] = scenarios.map((scenario) => ({
  scenario,
  locale: 'en',
  version: 1,
  stages: { greet, confirm: confirm(ask[scenario]), solve: solve[scenario], followUp: followUp(solvedQuestion[scenario]), record },
}));
