/** Issue 18: the administrator's forbidden-phrase list (the phrases policy). */
export const phrasePolicyEn = {
  phrasePolicy: {
    intro: 'When agents write these in a note, a reply or a call record they are flagged and offered the alternatives. Once published the list syncs to every agent and applies to what is saved from the effective time.',
    language: 'Language',
    languages: { 'zh-CN': 'Simplified Chinese', en: 'English' },
    rule: 'Rule {{id}}',
    reasonOf: 'Category of rule {{id}}',
    phrases: 'Phrases to flag (one per line; * stands for a few words within one clause)',
    alternatives: 'Alternatives offered (one sentence per line)',
    allowed: 'Fine to say (longer phrases that contain a flagged one; one per line)',
    remove: 'Remove this rule',
    restore: 'Restore this rule',
    add: 'Add a rule',
    listHint: 'Phrases may also be separated by commas. Write each alternative as a whole sentence: choosing it replaces the whole clause.',
    trial: 'Try it',
    trialPlaceholder: 'Type a sentence to see whether the list above flags it',
    changes: 'Phrase list changes: {{count}}',
    noChanges: 'No changes yet.',
    summary: 'To publish: {{added}} added, {{removed}} removed, {{changed}} changed.',
    publish: 'Publish the new phrase list',
  },
};
