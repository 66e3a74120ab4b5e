/** Measures a string's width at the current font and size (pdfkit's widthOfString in the PDF). */
export type Measure = (text: string) => number;

/**
 * Column widths that fit `total` without cutting anything: when every column's natural width (its
 * widest cell or header) fits, the spare width is shared out in proportion; when not, the columns
 * that must stay whole (`whole`: case numbers, phones, dates, figures) keep their natural width, and
 * among the others narrow ones keep theirs and the widest share what is left equally, wrapping
 * their text onto more lines. If even the whole columns do not fit, every column is treated alike.
 */
export function columnWidths(natural: readonly number[], total: number, whole: readonly boolean[] = []): number[] {
  const sum = natural.reduce((a, b) => a + b, 0);
  if (natural.length === 0) return [];
  if (sum <= total) return natural.map((n) => (sum > 0 ? n + ((total - sum) * n) / sum : total / natural.length));
  const kept = natural.reduce((n, width, i) => n + (whole[i] ? width : 0), 0);
  const wrapping = natural.map((_, i) => i).filter((i) => !whole[i]);
  const fixed = kept < total && wrapping.length > 0;
  const widths = natural.map((width, i) => (fixed && whole[i] ? width : 0));
  let remaining = fixed ? total - kept : total;
  const shared = fixed ? wrapping : natural.map((_, i) => i);
  let left = shared.length;
  for (const i of shared.sort((a, b) => natural[a]! - natural[b]!)) {
    const width = Math.min(natural[i]!, remaining / left);
    widths[i] = width;
    remaining -= width;
    left--;
  }
  return widths;
}

/** Han, kana, hangul and full-width punctuation: a line may break before or after any of them. */
const breaksAnywhere = /[\u2e80-\u9fff\uac00-\ud7af\uf900-\ufaff\uff00-\uffef\u3000-\u303f]/u;

/** The text as units that stay together on a line: words with their trailing spaces, single CJK characters. */
function units(text: string): string[] {
  const out: string[] = [];
  let word = '';
  for (const ch of Array.from(text)) {
    if (breaksAnywhere.test(ch)) {
      if (word) out.push(word);
      out.push(ch);
      word = '';
    } else if (ch === ' ') {
      out.push(`${word} `);
      word = '';
    } else word += ch;
  }
  if (word) out.push(word);
  return out;
}

/**
 * The text wrapped into lines no wider than `width`, never shortened: breaks between words or
 * CJK characters, and inside a word only when the word alone is wider than the line.
 */
export function wrapText(text: string, width: number, measure: Measure): string[] {
  if (measure(text) <= width) return [text];
  const lines: string[] = [];
  let line = '';
  const push = () => {
    if (line.trim()) lines.push(line.trimEnd());
    line = '';
  };
  for (const unit of units(text)) {
    if (measure(`${line}${unit}`.trimEnd()) <= width) {
      line += unit;
      continue;
    }
    push();
    if (measure(unit.trimEnd()) <= width) {
      line = unit;
      continue;
    }
    for (const ch of Array.from(unit.trimEnd())) {
      if (line && measure(line + ch) > width) push();
      line += ch;
    }
    if (unit.endsWith(' ')) line += ' ';
  }
  push();
  return lines.length ? lines : [''];
}
