/** Lets the event loop run (IPC, timers) between two chunks of heavy work. */
export const yieldToEventLoop = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));
