/**
 * `npm run bench -- workspace [--cases 100000] [--dir DESKTOP_DIR] [--iterations 20] [--scroll-seconds 90]`
 *
 * The agent workspace at scale, in real Chromium on the built renderer with the real main-side
 * services over a store of N demo cases:
 *  - case list first rows painted after navigating to it (from the knowledge base), against the
 *    bare listCases round trip through the same bridge;
 *  - scrolling the list from the first row to the last, every page fetched on the way: frame times
 *    (requestAnimationFrame deltas) against the same page's idle frames;
 *  - a filter change (one status ticked or cleared) to the updated rows, against the bare round trip;
 *  - opening a case whose timeline holds 500 events, against the bare getCase round trip.
 */
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DEFAULT_DEMO_NOW, seedDemo } from '../tools/demo/seedDemo';
import { withoutCapture } from '../src/main/store/sync/syncState';
import { openDatabase } from '../src/main/store/openDatabase';
import { CASE_STORE_FILE } from '../src/main/services';
import { Desktop, ensureRendererBuilt, launchChromium, serveRenderer } from '../tests/e2e/harness';
import { argValue, printTable, round } from './measure';

const TIMELINE_EVENTS = 500;

/** Gives the case updated last a 500-event timeline, so it is the first row of the default list. */
function withLongTimeline(path: string): string {
  const db = openDatabase(path);
  try {
    const target = db.prepare('SELECT id, updated_at FROM cases ORDER BY updated_at DESC, id DESC LIMIT 1').get() as { id: string; updated_at: number };
    const have = (db.prepare('SELECT count(*) AS n FROM timeline_events WHERE case_id = ?').get(target.id) as { n: number }).n;
    withoutCapture(db, () =>
      db.transaction(() => {
        const insert = db.prepare("INSERT INTO timeline_events (id, case_id, kind, at, actor_id, data) VALUES (?, ?, 'note', ?, NULL, ?)");
        for (let i = have; i < TIMELINE_EVENTS; i++) insert.run(`bench-note-${i}`, target.id, target.updated_at - (TIMELINE_EVENTS - i) * 60_000, JSON.stringify({ text: `第 ${i + 1} 次跟进：已与客户确认处理进度，客户表示理解。` }));
      })(),
    );
    return target.id;
  } finally {
    db.close();
  }
}

/** Runs in the page. Polls with MessageChannel ticks (no 4 ms timer clamp) so a finished fetch is seen at once. */
const inPage = `(() => {
  const channel = new MessageChannel();
  const waiting = [];
  channel.port1.onmessage = () => waiting.shift()?.();
  const tick = () => new Promise((done) => { waiting.push(done); channel.port2.postMessage(0); });
  const frame = () => new Promise((done) => requestAnimationFrame(() => done()));
  const until = async (cond, limitMs = 20000) => { const end = performance.now() + limitMs; while (!cond()) { if (performance.now() > end) throw new Error('timed out'); await tick(); } };
  const rows = () => document.querySelectorAll('tr[data-case-number]');
  const nav = (name) => [...document.querySelectorAll('nav button')].find((b) => b.textContent === name);
  const total = () => document.querySelector('[data-testid="case-total"]')?.textContent;
  const timed = async (act, done) => { await frame(); const start = performance.now(); act(); await until(done); const commit = performance.now() - start; await frame(); return [commit, performance.now() - start]; };
  const roundTrip = async (call) => { const start = performance.now(); await call(); return performance.now() - start; };
  return {
    async navigation(n) {
      const out = [], base = [];
      for (let i = 0; i < n; i++) {
        nav('知识库').click();
        await until(() => rows().length === 0);
        out.push(await timed(() => nav('工单').click(), () => rows().length > 0));
        base.push(await roundTrip(() => window.agentDesk.listCases({ limit: 50 })));
      }
      return { out, base };
    },
    async filter(n) {
      const out = [], base = [];
      const box = [...document.querySelectorAll('.filter-menu')][0].querySelector('input[type=checkbox]');
      for (let i = 0; i < 2 * n; i++) {
        const before = total();
        out.push(await timed(() => box.click(), () => total() !== before && rows().length > 0));
      }
      for (let i = 0; i < n; i++) base.push(await roundTrip(() => window.agentDesk.listCases({ limit: 50, statuses: ['new'] })));
      return { out, base };
    },
    async detail(n, caseId) {
      const out = [], base = [];
      const items = () => document.querySelectorAll('.case-timeline li').length;
      for (let i = 0; i < n; i++) {
        out.push(await timed(() => rows()[0].click(), () => items() >= 100));
        const aside = document.querySelector('aside');
        aside.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
        await until(() => rows().length > 0);
        base.push(await roundTrip(() => window.agentDesk.getCase({ caseId })));
      }
      return { out, base };
    },
    async scroll(seconds) {
      const idle = [];
      let last = await frame().then(() => performance.now());
      for (let i = 0; i < 120; i++) { await frame(); const now = performance.now(); idle.push(now - last); last = now; }
      const scroller = document.querySelector('.case-grid-scroll');
      const deltas = [];
      const end = performance.now() + seconds * 1000;
      const totalRows = Number(document.querySelector('tbody').parentElement.getAttribute('aria-rowcount')) - 1;
      last = performance.now();
      let maxIndex = 0;
      while (performance.now() < end) {
        scroller.scrollTop += scroller.clientHeight; // a fast fling: a screenful of rows each frame
        await frame();
        const now = performance.now();
        deltas.push(now - last);
        last = now;
        const shown = [...rows()].map((r) => Number(r.dataset.index));
        maxIndex = Math.max(maxIndex, ...shown);
        if (maxIndex >= totalRows - 1) break;
      }
      return { deltas, idle, reached: maxIndex + 1, totalRows };
    },
  };
})()`;

const pct = (values: number[], p: number) => [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor((p / 100) * values.length))]!;
const ms = (n: number) => `${round(n, 1)} ms`;

export async function run(args: string[]): Promise<void> {
  const cases = Number(argValue(args, 'cases') ?? 100_000);
  const iterations = Number(argValue(args, 'iterations') ?? 20);
  const scrollSeconds = Number(argValue(args, 'scroll-seconds') ?? 90);
  // --dir keeps the seeded desktop between runs (the desktop opens DIR/agentdesk.db); default: a temp dir.
  const given = argValue(args, 'dir');
  const dir = given ?? mkdtempSync(join(tmpdir(), 'agentdesk-bench-workspace-'));
  mkdirSync(dir, { recursive: true });
  const source = join(dir, CASE_STORE_FILE);
  const seeded = openDatabase(source);
  if ((seeded.prepare('SELECT count(*) AS n FROM cases').get() as { n: number }).n === 0) {
    const started = Date.now();
    await seedDemo(seeded, { cases });
    console.log(`seeded ${cases.toLocaleString()} demo cases in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  }
  seeded.close();
  const longCase = withLongTimeline(source);

  await ensureRendererBuilt();
  const server = await serveRenderer();
  const browser = await launchChromium();
  const desktop = new Desktop(dir, 'zh-CN', { now: () => DEFAULT_DEMO_NOW });
  try {
    const { page } = await desktop.open(browser, server.url);
    await page.locator('tr[data-case-number]').first().waitFor();
    await page.evaluate(`window.__bench = ${inPage}`);
    type Pair = [number, number];
    const nav = (await page.evaluate(`window.__bench.navigation(${iterations})`)) as { out: Pair[]; base: number[] };
    const filter = (await page.evaluate(`window.__bench.filter(${iterations})`)) as { out: Pair[]; base: number[] };
    const detail = (await page.evaluate(`window.__bench.detail(${iterations}, ${JSON.stringify(longCase)})`)) as { out: Pair[]; base: number[] };
    const scroll = (await page.evaluate(`window.__bench.scroll(${scrollSeconds})`)) as { deltas: number[]; idle: number[]; reached: number; totalRows: number };

    const painted = (pairs: Pair[]) => pairs.map((p) => p[1]);
    const figures = {
      bench: 'workspace',
      cases: scroll.totalRows,
      list_first_rows_painted_p50_ms: round(pct(painted(nav.out), 50), 1),
      list_first_rows_painted_p95_ms: round(pct(painted(nav.out), 95), 1),
      list_round_trip_p95_ms: round(pct(nav.base, 95), 1),
      list_ratio: round(pct(painted(nav.out), 95) / pct(nav.base, 95), 1),
      scroll_frames: scroll.deltas.length,
      scroll_rows_reached: scroll.reached,
      scroll_frame_p50_ms: round(pct(scroll.deltas, 50), 1),
      scroll_frame_p95_ms: round(pct(scroll.deltas, 95), 1),
      scroll_frame_max_ms: round(Math.max(...scroll.deltas), 1),
      idle_frame_p95_ms: round(pct(scroll.idle, 95), 1),
      scroll_ratio: round(pct(scroll.deltas, 95) / pct(scroll.idle, 95), 2),
      filter_to_rows_p50_ms: round(pct(painted(filter.out), 50), 1),
      filter_to_rows_p95_ms: round(pct(painted(filter.out), 95), 1),
      filter_round_trip_p95_ms: round(pct(filter.base, 95), 1),
      filter_ratio: round(pct(painted(filter.out), 95) / pct(filter.base, 95), 1),
      detail_500_events_p50_ms: round(pct(painted(detail.out), 50), 1),
      detail_500_events_p95_ms: round(pct(painted(detail.out), 95), 1),
      detail_round_trip_p95_ms: round(pct(detail.base, 95), 1),
      detail_ratio: round(pct(painted(detail.out), 95) / pct(detail.base, 95), 1),
    };
    printTable([
      { what: 'case list: navigate → first rows painted', p50: ms(figures.list_first_rows_painted_p50_ms), p95: ms(figures.list_first_rows_painted_p95_ms), baseline_p95: `${ms(figures.list_round_trip_p95_ms)} (listCases round trip)`, target: '≤ 500 ms' },
      { what: `scroll end to end (${scroll.reached.toLocaleString()} of ${scroll.totalRows.toLocaleString()} rows, ${scroll.deltas.length} frames)`, p50: ms(figures.scroll_frame_p50_ms), p95: ms(figures.scroll_frame_p95_ms), baseline_p95: `${ms(figures.idle_frame_p95_ms)} (idle frame)`, target: 'p95 ≤ 16 ms' },
      { what: 'filter change → rows updated and painted', p50: ms(figures.filter_to_rows_p50_ms), p95: ms(figures.filter_to_rows_p95_ms), baseline_p95: `${ms(figures.filter_round_trip_p95_ms)} (listCases round trip)`, target: '≤ 100 ms' },
      { what: `case detail, ${TIMELINE_EVENTS}-event timeline → painted`, p50: ms(figures.detail_500_events_p50_ms), p95: ms(figures.detail_500_events_p95_ms), baseline_p95: `${ms(figures.detail_round_trip_p95_ms)} (getCase round trip)`, target: '≤ 200 ms' },
    ]);
    console.log(JSON.stringify(figures));
  } finally {
    desktop.services.close();
    await browser.close();
    await server.close();
    if (!given) rmSync(dir, { recursive: true, force: true });
  }
}
