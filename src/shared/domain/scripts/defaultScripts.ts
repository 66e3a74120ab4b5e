/** The built-in scripts for every scenario in both languages, and the lookup the call screen uses. */
import type { Scenario } from '../../schemas/domainTerms';
import type { Locale } from '../../schemas/settings';
import { enScripts } from './defaultScripts.en';
import { zhCNScripts } from './defaultScripts.zhCN';
import type { Script } from './scriptTypes';

export const defaultScripts: Script[] = [...zhCNScripts, ...enScripts];

function newest(scripts: readonly Script[], scenario: Scenario, locale: Locale): Script | undefined {
  let best: Script | undefined;
  for (const script of scripts) {
    if (script.scenario === scenario && script.locale === locale && (!best || script.version > best.version)) best = script;
  }
  return best;
}

/**
 * The script for a scenario in the wanted locale (its newest version when a set holds several);
 * without one, the Chinese script; and when an edited set lacks the scenario altogether, the
 * built-in script, so the call screen always has something to show.
 */
export function scriptFor(scenario: Scenario, locale: Locale, scripts: readonly Script[] = defaultScripts): Script {
  const found = newest(scripts, scenario, locale) ?? newest(scripts, scenario, 'zh-CN') ?? newest(defaultScripts, scenario, locale) ?? newest(defaultScripts, scenario, 'zh-CN');
  if (!found) throw new Error(`no script for scenario ${scenario}`);
  return found;
}
