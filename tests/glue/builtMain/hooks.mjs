const fakes = {
  electron: new URL('./fakeElectron.mjs', import.meta.url).href,
  'electron-updater': new URL('./fakeUpdater.mjs', import.meta.url).href,
};

export async function resolve(specifier, context, next) {
  const fake = fakes[specifier];
  return fake ? { url: fake, shortCircuit: true } : next(specifier, context);
}
