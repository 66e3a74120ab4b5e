/** Replies on a saved chat or email case (en). */
export const caseRepliesEn = {
  caseReplies: {
    title: { chat: 'Chat replies', email: 'Email thread' },
    none: 'No reply recorded yet.',
    sentBy: '{{at}} · {{agent}}',
    unknownAgent: 'unsigned',
    text: { chat: 'Next reply', email: 'Next reply email' },
    seam: 'Send it from the company mail or chat tool, then choose "Record as sent" to keep it here; the first reply stops the first-response clock.',
    copy: 'Copy text',
    record: 'Record as sent',
    copied: 'Copied — paste it into the tool and send',
    copyFailed: 'Could not copy; select the text and copy it by hand',
    recorded: 'Reply recorded',
  },
};
