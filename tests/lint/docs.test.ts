import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '../..');
const read = (path: string) => readFileSync(join(root, path), 'utf8');
const readme = read('README.md');
const engines = (JSON.parse(read('package.json')) as { engines: { node: string } }).engines.node;

/** The Markdown files whose links must work: the README and everything under docs/. */
function markdownFiles(): string[] {
  const walk = (dir: string): string[] =>
    readdirSync(join(root, dir)).flatMap((name) => {
      const path = `${dir}/${name}`;
      if (statSync(join(root, path)).isDirectory()) return walk(path);
      return name.endsWith('.md') ? [path] : [];
    });
  return ['README.md', ...(existsSync(join(root, 'docs')) ? walk('docs') : [])];
}

/** Text outside fenced code blocks and inline code, where a link is a link. */
const prose = (markdown: string) => markdown.replace(/^```[\s\S]*?^```/gm, '').replace(/`[^`\n]*`/g, '');

/** GitHub's heading anchors: lower case, punctuation dropped, spaces to hyphens. */
function anchorsOf(markdown: string): Set<string> {
  const anchors = new Set<string>();
  for (const [, heading] of prose(markdown).matchAll(/^#{1,6}\s+(.+?)\s*#*$/gm)) {
    const slug = heading!
      .toLowerCase()
      .replace(/[^\p{L}\p{N}\s_-]/gu, '')
      .replace(/\s/g, '-');
    anchors.add(slug);
  }
  return anchors;
}

/** Figures that only a measurement produces: percentiles, milliseconds, throughput, peak memory. */
const benchmarkFigure = [
  /\bp(50|90|95|99)\b/,
  /\b\d[\d,.]*\s?(ms|µs)\b/,
  /\bmeasured here\b/i,
  /\bpeak RSS\b/i,
  /\b(requests|mutations|rows) per second\b/i,
  /\bbytes per (case|mutation)\b/i,
];

describe('README and docs', () => {
  it('keeps benchmark figures out of the README and in docs/benchmarks.md, linked from it', () => {
    const found = readme
      .split('\n')
      .map((line, index) => ({ line, number: index + 1 }))
      .filter(({ line }) => benchmarkFigure.some((pattern) => pattern.test(line)))
      .map(({ line, number }) => `README.md:${number}: ${line.trim()}`);
    expect(found).toEqual([]);
    expect(readme).toContain('](docs/benchmarks.md');
    const benchmarks = read('docs/benchmarks.md');
    expect(benchmarkFigure.filter((pattern) => pattern.test(benchmarks)).length).toBeGreaterThanOrEqual(4);
  });

  it('states one Node version requirement, the one package.json engines declares, and keeps it within Node 20.20', () => {
    const minimum = /^>=\s*(\d+\.\d+)(\.0)?$/.exec(engines)?.[1];
    expect(minimum, `engines.node is "${engines}"`).toBeDefined();
    const [major, minor] = minimum!.split('.').map(Number) as [number, number];
    // CI and the developers' machines run Node 20.20: `npm ci` must keep accepting it.
    expect(major < 20 || (major === 20 && minor <= 20)).toBe(true);
    const statement = `Node ${minimum}+ for development and tests; Node 22.12+ to build installers`;
    expect(readme.split(statement).length - 1, statement).toBe(1);
    // Every other "Node X.Y" in the README and docs is one of those two.
    for (const file of markdownFiles()) {
      for (const [mention, version] of read(file).matchAll(/\bNode(?:\.js)?\s*(?:≥|>=|v)?\s*(\d+\.\d+)(?:\.\d+)?/g)) {
        expect([minimum, '22.12'], `${file}: "${mention}"`).toContain(version);
      }
    }
  });

  it('links only to files and headings that exist', () => {
    const broken: string[] = [];
    let checked = 0;
    for (const file of markdownFiles()) {
      const text = read(file);
      for (const [, target] of prose(text).matchAll(/!?\[[^\]]*\]\(([^)\s]+)(?:\s+"[^"]*")?\)/g)) {
        if (/^[a-z][a-z0-9+.-]*:/i.test(target!)) continue; // https:, mailto: …
        checked += 1;
        const [path, anchor] = target!.split('#') as [string, string | undefined];
        const resolved = path ? join(dirname(join(root, file)), decodeURIComponent(path)) : join(root, file);
        if (!existsSync(resolved)) {
          broken.push(`${file}: ${target} (no ${relative(root, resolved)})`);
          continue;
        }
        if (anchor && resolved.endsWith('.md') && !anchorsOf(readFileSync(resolved, 'utf8')).has(anchor)) {
          broken.push(`${file}: ${target} (no heading #${anchor})`);
        }
      }
    }
    expect(broken).toEqual([]);
    expect(checked).toBeGreaterThan(20);
  });

  it('puts the two commands first, then the newcomer path with the demo accounts', () => {
    const firstSection = readme.slice(readme.indexOf('\n## '), readme.indexOf('\n## ', readme.indexOf('\n## ') + 1));
    expect(firstSection).toMatch(/^\n## The two commands/);
    expect(firstSection).toMatch(/npm install && npm start/);
    expect(firstSection).toMatch(/\nnpm test\b/);
    expect(firstSection).toContain('`npm run seed:demo`, then sign in as the demo lead 1101 or the demo agent 1102,\npassword `agentdesk-demo`');
    expect(readme).toContain('ELECTRON_MIRROR');
    expect(readme).toContain('docs/server.md');
  });
});
