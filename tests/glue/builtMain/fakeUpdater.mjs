// electron-updater as the built bundle sees it: loads, takes the feed, and fails its check (an
// update server that cannot be reached), which must not stop the app from starting.
const state = globalThis.fakeElectronState;
state.updater.loaded = true;

export default {
  autoUpdater: {
    setFeedURL(feed) {
      state.updater.feed = feed;
    },
    async checkForUpdatesAndNotify() {
      state.updater.checked = true;
      throw new Error('update server unreachable');
    },
  },
};
