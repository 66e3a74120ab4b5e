/**
 * How text becomes search tokens, and a user's typed query a safe FTS5 MATCH expression.
 *
 * SQLite's `unicode61` tokenizer does not split Chinese, and `trigram` cannot answer a
 * two-character query (most Chinese names and terms). So the text is tokenized here, in one pure
 * function used both when indexing and when querying, and FTS5 only sees space-separated tokens:
 *  - Chinese (and Japanese/Korean) runs become overlapping bigrams plus the run's last character
 *    alone, so any substring of two or more characters is a phrase of consecutive bigrams and a
 *    single character is a prefix query;
 *  - other letters and digits become lower-cased words without diacritics (English);
 *  - identifiers (phones, order and case numbers) are indexed separately as trigrams of their
 *    letters and digits, so any part of three or more characters finds them.
 */

const cjk = String.raw`[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]`;
/** Runs of CJK characters, and runs of other letters and digits (a word stops where CJK starts). */
const runs = new RegExp(String.raw`(${cjk}+)|((?:(?!${cjk})[\p{L}\p{N}])+)`, 'gu');

/** Full-width to ASCII, accents off, lower case: the form both index and query use. */
export function normalize(text: string): string {
  // Printable ASCII and the common ideographs are their own NFKD form: skip the general path.
  if (/^[ -~\u4e00-\u9fff]*$/.test(text)) return text.toLowerCase();
  return text.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
}

function bigramsOf(run: string): string[] {
  const chars = [...run];
  const grams: string[] = [];
  for (let i = 0; i + 1 < chars.length; i++) grams.push(chars[i]! + chars[i + 1]!);
  grams.push(chars.at(-1)!);
  return grams;
}

/** Text (subject, name, body) as the token string stored in the `title`/`body` columns. */
export function textTokens(text: string): string {
  return commonTextTokens(text) ?? anyTextTokens(text);
}

/** The general path: any script, any compatibility form. */
export function anyTextTokens(text: string): string {
  const out: string[] = [];
  for (const [, han, word] of normalize(text).matchAll(runs)) {
    if (han) out.push(...bigramsOf(han));
    else if (word) out.push(word);
  }
  return out.join(' ');
}

/** Digits and letters; `c | 0x20` folds upper case onto lower case (and leaves digits alone). */
const isAsciiWordChar = (c: number) => (c >= 0x30 && c <= 0x39) || (c >= 0x61 && c <= 0x7a);
const isCommonHan = (c: number) => c >= 0x4e00 && c <= 0x9fff;
/** Punctuation common in Chinese text whose NFKD form is itself or neither letter nor digit. */
const isCommonPunctuation = (c: number) => c === 0x3000 || c === 0x3001 || c === 0x3002 || (c >= 0x3008 && c <= 0x3011) || (c >= 0x3014 && c <= 0x301f) || (c >= 0x2010 && c <= 0x2027);

/**
 * The same tokens as anyTextTokens, about four times faster, for text made only of ASCII, the
 * common CJK ideographs, full-width ASCII and common Chinese punctuation — nearly all text here,
 * and what makes indexing a million cases affordable. Returns null for anything else.
 */
export function commonTextTokens(text: string): string | null {
  let out = '';
  let start = -1;
  let han = false;
  let fullWidth = false;
  const endRun = (end: number) => {
    if (start < 0) return;
    if (out) out += ' ';
    if (han) {
      for (let i = start; i + 1 < end; i++) out += text.slice(i, i + 2) + ' ';
      out += text[end - 1];
    } else {
      const word = text.slice(start, end);
      out += (fullWidth ? word.replace(/[\uff01-\uff5e]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0)) : word).toLowerCase();
    }
    start = -1;
    fullWidth = false;
  };
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    const wide = code >= 0xff01 && code <= 0xff5e;
    const c = wide ? code - 0xfee0 : code;
    if (c < 0x80) {
      if (isAsciiWordChar(c | 0x20)) {
        if (start >= 0 && han) endRun(i);
        if (start < 0) [start, han] = [i, false];
        fullWidth ||= wide;
      } else endRun(i);
    } else if (isCommonHan(c)) {
      if (start >= 0 && !han) endRun(i);
      if (start < 0) [start, han] = [i, true];
    } else if (isCommonPunctuation(c)) endRun(i);
    else return null;
  }
  endRun(text.length);
  return out;
}

/** Letters and digits only: "SO-2024-0017" and "so 2024 0017" are the same identifier. */
export function idChars(id: string): string {
  return normalize(id).replace(/[^0-9a-z]/g, '');
}

function trigramsOf(chars: string): string[] {
  if (chars.length < 3) return chars ? [chars] : [];
  const grams: string[] = [];
  for (let i = 0; i + 2 < chars.length; i++) grams.push(chars.slice(i, i + 3));
  return grams;
}

/** Identifiers as the token string stored in the `ids` column. */
export function idTokens(ids: readonly (string | null | undefined)[]): string {
  return ids
    .filter((id): id is string => Boolean(id))
    .map((id) => trigramsOf(idChars(id)).join(' '))
    .join(' ');
}

export interface MatchQuery {
  /** FTS5 MATCH expression; every token is quoted, so user input cannot inject syntax. */
  match: string;
  /** The normalized pieces the user typed, for highlighting. */
  terms: string[];
}

const phrase = (tokens: string[]) => `"${tokens.join(' ')}"`;
const hasDigit = /[0-9]/;

/**
 * The user's query as an FTS5 expression: every piece must match (AND). A piece of Chinese is a
 * phrase of its bigrams (one character: a prefix); a word is a word, or a prefix while still being
 * typed (the last piece, two letters or more); a piece with digits is a part of an identifier
 * (trigram phrase) or a word. Returns null when nothing searchable was typed.
 */
export function buildMatchQuery(userText: string): MatchQuery | null {
  const normalized = normalize(userText).slice(0, 200);
  const pieces = [...normalized.matchAll(runs)].map(([piece, han]) => ({ piece, han: Boolean(han) }));
  if (pieces.length === 0) return null;
  const typing = !/\s$/.test(userText);
  const clauses = pieces.map(({ piece, han }, index) => {
    const last = index === pieces.length - 1;
    if (han) {
      const chars = [...piece];
      return chars.length === 1 ? `{title body} : "${piece}" *` : `{title body} : ${phrase(bigramsOf(piece).slice(0, -1))}`;
    }
    const prefix = last && typing && piece.length >= 2 ? ' *' : '';
    const word = `{title body} : "${piece}"${prefix}`;
    if (!hasDigit.test(piece)) return word;
    const chars = idChars(piece);
    const id = chars.length >= 3 ? `ids : ${phrase(trigramsOf(chars))}` : `ids : "${chars}" *`;
    return `(${word} OR ${id})`;
  });
  return { match: clauses.join(' AND '), terms: pieces.map((p) => p.piece) };
}

export interface SnippetPart {
  text: string;
  hit: boolean;
}

/**
 * A short window of `text` around the first place a term occurs, split into plain and highlighted
 * parts (the renderer wraps hits in <mark>; no HTML is built here). Matching ignores case,
 * accents and full-width forms, as the index does.
 */
export function snippetOf(text: string, terms: readonly string[], width = 60): SnippetPart[] {
  const chars = [...text];
  const folded = chars.map((c) => normalize(c));
  const wanted = terms.filter((t) => t.length > 0);
  const hits = new Array<boolean>(chars.length).fill(false);
  let first = -1;
  for (const term of wanted) {
    const termChars = [...term];
    for (let i = 0; i + termChars.length <= chars.length; i++) {
      let same = true;
      for (let j = 0; j < termChars.length && same; j++) same = folded[i + j] === termChars[j];
      if (!same) continue;
      for (let j = 0; j < termChars.length; j++) hits[i + j] = true;
      if (first === -1 || i < first) first = i;
    }
  }
  const start = first <= width / 3 ? 0 : first - Math.floor(width / 3);
  const end = Math.min(chars.length, start + width);
  const parts: SnippetPart[] = [];
  if (start > 0) parts.push({ text: '…', hit: false });
  for (let i = start; i < end; i++) {
    const last = parts.at(-1);
    if (last && last.hit === hits[i] && last.text !== '…') last.text += chars[i];
    else parts.push({ text: chars[i]!, hit: hits[i]! });
  }
  if (end < chars.length) parts.push({ text: '…', hit: false });
  return parts;
}
