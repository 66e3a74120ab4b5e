/**
 * Proactive service (主动服务, issue 18): a lead's list of customers to contact — care calls,
 * satisfaction surveys, checks after an engineer's visit — worked by agents one customer at a
 * time like the follow-up queue. Pure rules: kinds, outcomes, reading a CSV file with
 * line-numbered errors, which contact comes next, and the counts the reports show.
 */
export const proactiveKinds = ['careCall', 'survey', 'postVisit'] as const;
export type ProactiveKind = (typeof proactiveKinds)[number];

export const proactiveOutcomes = ['reached', 'noAnswer', 'refused', 'done'] as const;
export type ProactiveOutcome = (typeof proactiveOutcomes)[number];

/** Outcomes that finish a contact; "no answer" leaves it to be tried again later. */
export const finishesContact = (outcome: ProactiveOutcome): boolean => outcome !== 'noAnswer';

export const PROACTIVE_IMPORT_MAX_ROWS = 5_000;
export const PROACTIVE_NAME_MAX = 64;
export const PROACTIVE_NOTE_MAX = 500;

export interface ImportedContact {
  /** 1-based line of the file the contact came from. */
  line: number;
  name: string;
  phone: string;
  note: string;
}

export type ImportErrorKey = 'missingName' | 'nameTooLong' | 'invalidPhone' | 'duplicatePhone' | 'tooManyColumns' | 'noteTooLong' | 'unclosedQuote' | 'tooManyRows' | 'noRows';

export interface ImportError {
  /** 1-based line of the file; 0 for the file as a whole. */
  line: number;
  key: ImportErrorKey;
}

const headerNames = new Set(['name', 'phone', 'note', '姓名', '电话', '手机', '备注', '客户', '客户姓名', '联系电话']);

/** Splits one CSV line into fields (double quotes, "" inside them); null when a quote is left open. */
export function csvFields(line: string): string[] | null {
  const fields: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const c = line[i]!;
    if (quoted) {
      if (c === '"' && line[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"' && field.trim() === '') {
      quoted = true;
      field = '';
    } else if (c === ',' || c === '，') {
      fields.push(field.trim());
      field = '';
    } else field += c;
  }
  if (quoted) return null;
  fields.push(field.trim());
  return fields;
}

/** A phone number as stored: digits with an optional leading +, 5 to 20 digits; null when it is not one. */
export function normalisedPhone(raw: string): string | null {
  const compact = raw.replace(/[\s()-]/g, '');
  if (!/^\+?\d{5,20}$/.test(compact)) return null;
  return compact;
}

/**
 * Reads a contact file: one customer a line, `name,phone[,note]`, an optional header line, blank
 * lines skipped, a byte-order mark ignored. Every bad line is reported by its number (nothing is
 * imported when any line is bad: the lead fixes the file and imports it again).
 */
export function parseContactsCsv(text: string): { contacts: ImportedContact[]; errors: ImportError[] } {
  const lines = text.replace(/^\uFEFF/, '').split(/\r\n|\n|\r/);
  const contacts: ImportedContact[] = [];
  const errors: ImportError[] = [];
  const seen = new Set<string>();
  lines.forEach((raw, index) => {
    const line = index + 1;
    if (raw.trim() === '') return;
    const fields = csvFields(raw);
    if (fields === null) return errors.push({ line, key: 'unclosedQuote' });
    if (contacts.length === 0 && errors.length === 0 && index === firstNonBlank(lines) && fields.every((f) => f === '' || headerNames.has(f.toLowerCase()))) return;
    if (fields.length > 3) return errors.push({ line, key: 'tooManyColumns' });
    const [name = '', phoneText = '', note = ''] = fields;
    if (name === '') return errors.push({ line, key: 'missingName' });
    if (Array.from(name).length > PROACTIVE_NAME_MAX) return errors.push({ line, key: 'nameTooLong' });
    const phone = normalisedPhone(phoneText);
    if (phone === null) return errors.push({ line, key: 'invalidPhone' });
    if (Array.from(note).length > PROACTIVE_NOTE_MAX) return errors.push({ line, key: 'noteTooLong' });
    if (seen.has(phone)) return errors.push({ line, key: 'duplicatePhone' });
    seen.add(phone);
    contacts.push({ line, name, phone, note });
  });
  if (contacts.length > PROACTIVE_IMPORT_MAX_ROWS) errors.unshift({ line: 0, key: 'tooManyRows' });
  if (contacts.length === 0 && errors.length === 0) errors.push({ line: 0, key: 'noRows' });
  return { contacts: errors.length > 0 ? [] : contacts, errors };
}

function firstNonBlank(lines: readonly string[]): number {
  return lines.findIndex((l) => l.trim() !== '');
}

export interface WorkableContact {
  id: string;
  position: number;
  outcome: ProactiveOutcome | null;
  attempts: number;
  workedAt: number | null;
}

/**
 * The contact an agent gets next: never tried first (in list order), then those not answered,
 * the fewest tries and the longest ago first. Finished contacts never come back; `skip` leaves
 * out contacts passed over in this session.
 */
export function nextContact<T extends WorkableContact>(contacts: readonly T[], skip: ReadonlySet<string> = new Set()): T | null {
  const open = contacts.filter((c) => (c.outcome === null || !finishesContact(c.outcome)) && !skip.has(c.id));
  open.sort((a, b) => a.attempts - b.attempts || (a.workedAt ?? 0) - (b.workedAt ?? 0) || a.position - b.position);
  return open[0] ?? null;
}

export interface ProactiveCounts {
  total: number;
  untried: number;
  reached: number;
  noAnswer: number;
  refused: number;
  done: number;
}

/** What a list's contacts came to: each counted once, by its latest outcome. */
export function proactiveCounts(contacts: readonly { outcome: ProactiveOutcome | null }[]): ProactiveCounts {
  const counts: ProactiveCounts = { total: contacts.length, untried: 0, reached: 0, noAnswer: 0, refused: 0, done: 0 };
  for (const c of contacts) counts[c.outcome ?? 'untried']++;
  return counts;
}

/** Share of the list finished (reached, refused or done), 0–1; 0 for an empty list. */
export const finishedShare = (counts: ProactiveCounts): number => (counts.total === 0 ? 0 : (counts.reached + counts.refused + counts.done) / counts.total);
