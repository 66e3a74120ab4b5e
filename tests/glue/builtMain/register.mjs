// `node --import ./register.mjs dist/main/index.mjs`: the built main bundle under plain Node, with
// `electron` and `electron-updater` resolved to the small fakes next to this file (a resolve hook:
// the bundle keeps both as external imports, so this is the same lookup the real app does).
import { register } from 'node:module';

register('./hooks.mjs', import.meta.url);
