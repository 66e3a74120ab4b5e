/** English messages under `desktop.*` (zh-CN: desktopZhCN.ts, same keys). */
export const desktopEn = {
  desktop: {
    notices: {
      label: 'Notices',
      settingsReset: 'Your settings file was damaged, so the defaults are in use. The old file was kept as {{detail}}; ask support if you need it back.',
      settingsResetNoCopy: 'Your settings file was damaged and could not be kept, so the defaults are in use.',
      serviceFailed: 'The background feature "{{service}}" did not start; everything else works as usual. The details are in the diagnostics.',
      windowRecovered: 'The window ran into a problem and was reloaded. Your call draft is stored on this computer and has been restored.',
      dismiss: 'Got it',
      services: { autoUpdate: 'automatic updates', sync: 'sync', telephony: 'softphone link' },
    },
    crash: {
      title: 'Something went wrong on this screen',
      body: 'This part of the screen hit an unexpected error, which has been logged for support. Saved cases and call drafts are kept on this computer and are not lost.',
      reload: 'Reload the screen',
      reported: 'The error was logged.',
      notReported: 'The error could not be logged; please export diagnostics and contact support.',
    },
  },
};
