import type { TFunction } from 'i18next';
import { createContext, useContext } from 'react';

/**
 * What the list's cells need, given once by the list: translations, the language and the clock SLA
 * badges are read against. Cells do not call useTranslation themselves: mounting a few hundred of
 * them on every scrolled frame made that hook the largest cost of scrolling.
 */
export interface CellEnv {
  t: TFunction;
  language: string;
  now: () => number;
}

export const CellEnvContext = createContext<CellEnv | null>(null);

export function useCellEnv(): CellEnv {
  const env = useContext(CellEnvContext);
  if (!env) throw new Error('case list cells render inside CellEnvContext');
  return env;
}
