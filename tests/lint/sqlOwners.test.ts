import { ESLint } from 'eslint';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

/**
 * Architecture rule 7: each table has one owner under src/main/store, the only place with SQL.
 * Reports, sync, IPC handlers and use cases call the owners (they may open transactions).
 */
const root = process.cwd();
const SQL = /\b(SELECT\b[\s\S]*\bFROM|INSERT\s+INTO|DELETE\s+FROM|UPDATE\s+\S+\s+SET|CREATE\s+(UNIQUE\s+)?(TABLE|INDEX))\b/;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(entry.name) ? [path] : [];
  });
}

/** Where a file holds SQL: calls of prepare/pragma/exec (not a regex's exec) and string or template literals that read as SQL. */
export function sqlIn(fileName: string, text: string): string[] {
  const source = ts.createSourceFile(fileName, text, ts.ScriptTarget.Latest, true);
  const found: string[] = [];
  const at = (node: ts.Node, what: string) => found.push(`${source.getLineAndCharacterOfPosition(node.getStart(source)).line + 1}: ${what}`);
  const visit = (node: ts.Node): void => {
    if (ts.isCallExpression(node) && ts.isPropertyAccessExpression(node.expression)) {
      const name = node.expression.name.text;
      if (name === 'prepare' || name === 'pragma' || (name === 'exec' && !ts.isRegularExpressionLiteral(node.expression.expression))) at(node, `.${name}(`);
    }
    if ((ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) && SQL.test(node.text)) at(node, 'SQL text');
    if (ts.isTemplateExpression(node) && SQL.test([node.head.text, ...node.templateSpans.map((span) => span.literal.text)].join(' x '))) at(node, 'SQL template');
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

const outsideStore = sourceFiles(join(root, 'src/main'))
  .map((path) => relative(root, path).split(sep).join('/'))
  .filter((path) => !path.startsWith('src/main/store/'));

const eslint = new ESLint({ cwd: root });

describe('SQL lives only in the table owners under src/main/store', () => {
  it('finds no SQL in src/main outside the store', async () => {
    const offending = outsideStore.flatMap((path) => sqlIn(path, readFileSync(join(root, path), 'utf8')).map((where) => `${path}:${where}`));
    expect(offending).toEqual([]);
  });

  it('recognises SQL calls and text, but not a regex exec or prose', () => {
    expect(sqlIn('x.ts', "db.prepare('SELECT id FROM cases');")).toHaveLength(2);
    expect(sqlIn('x.ts', "db.pragma('foreign_keys = OFF'); db.exec('BEGIN');")).toHaveLength(2);
    expect(sqlIn('x.ts', 'const q = `UPDATE ${table} SET ${field} = ?`;')).toHaveLength(1);
    expect(sqlIn('x.ts', "const q = 'DELETE FROM outbox'; const c = `CREATE INDEX i ON t (a)`;")).toHaveLength(2);
    expect(sqlIn('x.ts', "/^Bearer (\\S+)$/.exec(header); db.transaction(() => 1)(); const m = 'select a case from the list';")).toEqual([]);
  });

  it('is also an ESLint rule for src/main outside the store', async () => {
    const messages = async (code: string, filePath: string) =>
      (await eslint.lintText(code, { filePath }))[0]!.messages.filter((m) => m.ruleId === 'no-restricted-syntax').length;
    const code = "declare const db: { prepare(sql: string): unknown };\nexport const a = db.prepare('SELECT id FROM cases');\n";
    expect(await messages(code, 'src/main/reports/someReport.ts')).toBe(2);
    expect(await messages(code, 'src/main/store/cases/someReads.ts')).toBe(0);
  });
});
