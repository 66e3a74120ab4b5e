import { createContext } from 'react';

/** The clock SLA badges are read against (the store's, so tests can fix it). */
export const SlaClock = createContext<() => number>(Date.now);
