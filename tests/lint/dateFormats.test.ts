import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

/**
 * Dates and times reach the agent in the interface language (zh-CN 2026/12/05 10:00, 24-hour),
 * never the browser's mm/dd/yyyy or 12-hour clock: in src/renderer only ui/formatSpan.ts may call
 * the browser's locale formatting (toLocaleString, toLocaleDateString, toLocaleTimeString,
 * Intl.DateTimeFormat). Read from the syntax tree, so comments and strings do not count. A number
 * has no business with toLocaleString here either: the check cannot tell it from a Date.
 */
const renderer = resolve('src/renderer');
const allowed = join('ui', 'formatSpan.ts');
const browserMethods = new Set(['toLocaleString', 'toLocaleDateString', 'toLocaleTimeString']);

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.(ts|tsx)$/.test(entry.name) && !entry.name.endsWith('.d.ts') ? [path] : [];
  });
}

/** Each use of the browser's date formatting in `code`: "line: what". */
function browserDateFormatting(code: string, fileName: string): string[] {
  const source = ts.createSourceFile(fileName, code, ts.ScriptTarget.Latest, true, fileName.endsWith('.tsx') ? ts.ScriptKind.TSX : ts.ScriptKind.TS);
  const found: string[] = [];
  const report = (node: ts.Node, what: string) => found.push(`${source.getLineAndCharacterOfPosition(node.getStart()).line + 1}: ${what}`);
  const visit = (node: ts.Node): void => {
    if (ts.isPropertyAccessExpression(node) || ts.isElementAccessExpression(node)) {
      const name = ts.isPropertyAccessExpression(node) ? node.name.text : ts.isStringLiteralLike(node.argumentExpression) ? node.argumentExpression.text : null;
      if (name !== null && browserMethods.has(name)) report(node, name);
      if (name === 'DateTimeFormat' && node.expression.getText(source) === 'Intl') report(node, 'Intl.DateTimeFormat');
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

describe('dates in the renderer go through ui/formatSpan.ts', () => {
  it('no renderer file but ui/formatSpan.ts calls the browser date formatting', () => {
    const offenders = sourceFiles(renderer)
      .filter((file) => relative(renderer, file) !== allowed)
      .flatMap((file) => browserDateFormatting(readFileSync(file, 'utf8'), file).map((hit) => `${relative(renderer, file).split(sep).join('/')}:${hit}`));
    expect(offenders).toEqual([]);
  });

  it('catches each browser method and Intl.DateTimeFormat, and ignores types, comments and strings', () => {
    const code = [
      'const a = new Date(1).toLocaleString();',
      "const b = at.toLocaleDateString('zh-CN');",
      'const c = new Date(at).toLocaleTimeString([], { hour: "2-digit" });',
      'const d = new Intl.DateTimeFormat("en").format(at);',
      "const e = at['toLocaleString']();",
      'const f: Intl.DateTimeFormatOptions = {};',
      '// at.toLocaleString() in a comment, Intl.DateTimeFormat too',
      "const g = 'toLocaleDateString and Intl.DateTimeFormat in a string';",
    ].join('\n');
    expect(browserDateFormatting(code, 'x.tsx')).toEqual(['1: toLocaleString', '2: toLocaleDateString', '3: toLocaleTimeString', '4: Intl.DateTimeFormat', '5: toLocaleString']);
  });

  it('the shared formatter itself is where the one allowed use lives', () => {
    expect(browserDateFormatting(readFileSync(join(renderer, allowed), 'utf8'), allowed)).toEqual([expect.stringMatching(/Intl\.DateTimeFormat$/)]);
  });
});
