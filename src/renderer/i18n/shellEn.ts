/** English messages under `shell.*`: the same keys as shellZhCN.ts. */
export const shellEn = {
  shell: {
    nav: { cases: 'Cases', followUps: 'Follow-ups', kb: 'Knowledge base', team: 'Team view', reports: 'Shift report', quality: 'Quality' },
    status: { label: 'My status', available: 'Available', break: 'On a break', onCall: 'On a call', afterCallWork: 'After-call work' },
    theme: { label: 'Theme', system: 'Follow system', light: 'Light', dark: 'Dark' },
    help: {
      button: 'Shortcuts ?',
      title: 'Keyboard shortcuts',
      close: 'Close (Esc)',
      groups: { everywhere: 'Anywhere', call: 'During a call', lists: 'In lists' },
      actions: {
        search: 'Search cases, customers and the knowledge base',
        workspaces: 'Go to cases / follow-ups / knowledge base / team view / shift report',
        newCall: 'Answer a new call',
        newCase: 'New case',
        syncNow: 'Sync now',
        lock: 'Lock the screen',
        help: 'Open this list of shortcuts',
        close: 'Close a dialog or detail',
        stage: 'Go to call stage 1–5',
        completeStage: 'Complete the current stage',
        back: 'Back to the previous stage',
        escalate: 'Escalate or transfer',
        endTalk: 'End the talk and start after-call work',
        kb: 'Search the knowledge base',
        saveCall: 'Save the call',
        moveRow: 'Move up or down',
        openRow: 'Open the selected item',
        selectRow: 'Select or clear the selection',
      },
    },
  },
};
