import { phoneSchema } from '../../shared/schemas/case';

export const PROTOCOL = 'agentdesk';

/**
 * Finds the caller's number in what a softphone hands the app when a call rings: a link
 * `agentdesk://call?number=…` (from the OS protocol handler or a second instance's argv), or a
 * command-line flag `--call=…` / `--call …`. Returns the normalised number, or null when there is
 * none or it is not a valid phone number.
 */
export function screenPopNumber(argv: readonly string[]): string | null {
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    let raw: string | null = null;
    if (arg.toLowerCase().startsWith(`${PROTOCOL}:`)) raw = numberFromUrl(arg);
    else if (arg.startsWith('--call=')) raw = arg.slice('--call='.length);
    else if (arg === '--call') raw = argv[i + 1] ?? null;
    if (raw === null) continue;
    const parsed = phoneSchema.safeParse(raw);
    return parsed.success ? parsed.data : null;
  }
  return null;
}

function numberFromUrl(link: string): string | null {
  try {
    const url = new URL(link);
    const action = (url.host || url.pathname.replace(/^\/+/, '')).toLowerCase().replace(/\/+$/, '');
    return action === 'call' ? url.searchParams.get('number') : null;
  } catch {
    return null;
  }
}
