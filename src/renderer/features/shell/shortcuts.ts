/** Every keyboard shortcut of the app, by where it works: the help overlay (? or F1) lists them. */
export const shortcutGroups = {
  everywhere: [
    ['Ctrl+K', 'search'],
    // Ctrl+1 … n: as many as the header shows this role (ShortcutHelp fills in n and their names).
    ['Ctrl+1 … n', 'workspaces'],
    ['Ctrl+Shift+N', 'newCall'],
    ['Ctrl+N', 'newCase'],
    ['Ctrl+Shift+X', 'reportIncident'],
    ['Ctrl+Shift+S', 'syncNow'],
    ['Ctrl+L', 'lock'],
    ['? / F1', 'help'],
    ['Esc', 'close'],
  ],
  call: [
    ['Alt+1 … 5', 'stage'],
    ['Ctrl+Enter', 'completeStage'],
    ['Alt+←', 'back'],
    ['Alt+E', 'escalate'],
    ['Alt+H', 'endTalk'],
    ['Alt+K', 'kb'],
    ['Ctrl+S', 'saveCall'],
  ],
  lists: [
    ['↑ / ↓', 'moveRow'],
    ['Enter', 'openRow'],
    ['Space', 'selectRow'],
  ],
} as const satisfies Record<string, readonly (readonly [keys: string, action: string])[]>;
