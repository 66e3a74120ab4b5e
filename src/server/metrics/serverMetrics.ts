/**
 * The sync server's counters, exposed by `GET /metrics` in the Prometheus text format
 * (version 0.0.4). Kept in memory: they start at zero when the process starts, as Prometheus
 * counters may. Labels carry only route patterns, methods, status codes and error codes:
 * never a path with an id in it, an agent or a client id.
 */
export interface ServerMetricsOptions {
  /** The clock "active desktops" are measured by; default Date.now. */
  now?: () => number;
  /** A desktop counts as active when it pushed or pulled within this many minutes; default 15. */
  activeWindowMinutes?: number;
}

export class ServerMetrics {
  private readonly requests = new Map<string, number>();
  private readonly errors = new Map<string, number>();
  private readonly lastSeen = new Map<string, number>();
  private pushes = 0;
  private pushedMutations = 0;
  private pulls = 0;
  private pulledRows = 0;
  private readonly now: () => number;
  readonly activeWindowMinutes: number;

  constructor(options: ServerMetricsOptions = {}) {
    this.now = options.now ?? Date.now;
    this.activeWindowMinutes = options.activeWindowMinutes ?? 15;
  }

  /** One answered request; `route` is the matched pattern (e.g. `/sync/push`), or `unmatched`. */
  request(method: string, route: string, status: number): void {
    bump(this.requests, labels({ method, route, status: String(status) }));
  }

  /** A request answered with an error code (`badCredentials`, `internal`, …). */
  error(code: string): void {
    bump(this.errors, labels({ code }));
  }

  push(clientId: string, mutations: number): void {
    this.pushes += 1;
    this.pushedMutations += mutations;
    this.seen(clientId);
  }

  pull(clientId: string, rows: number): void {
    this.pulls += 1;
    this.pulledRows += rows;
    this.seen(clientId);
  }

  /** Desktops (client ids) that pushed or pulled within the window; older ones are forgotten. */
  activeDesktops(): number {
    const since = this.now() - this.activeWindowMinutes * 60_000;
    for (const [clientId, at] of this.lastSeen) if (at < since) this.lastSeen.delete(clientId);
    return this.lastSeen.size;
  }

  /** The Prometheus exposition text. */
  render(): string {
    const lines: string[] = [];
    const counter = (name: string, help: string, values: Map<string, number> | number) => {
      lines.push(`# HELP ${name} ${help}`, `# TYPE ${name} counter`);
      if (typeof values === 'number') lines.push(`${name} ${values}`);
      else for (const [key, value] of [...values].sort(([a], [b]) => a.localeCompare(b))) lines.push(`${name}{${key}} ${value}`);
    };
    counter('agentdesk_http_requests_total', 'HTTP requests answered, by method, route pattern and status.', this.requests);
    counter('agentdesk_http_errors_total', 'Requests answered with an error, by error code.', this.errors);
    counter('agentdesk_sync_pushes_total', 'Successful push requests.', this.pushes);
    counter('agentdesk_sync_pushed_mutations_total', 'Mutations received in successful pushes.', this.pushedMutations);
    counter('agentdesk_sync_pulls_total', 'Successful pull requests.', this.pulls);
    counter('agentdesk_sync_pulled_rows_total', 'Rows sent in successful pulls.', this.pulledRows);
    lines.push(
      `# HELP agentdesk_active_desktops Desktops that pushed or pulled in the last ${this.activeWindowMinutes} minutes.`,
      '# TYPE agentdesk_active_desktops gauge',
      `agentdesk_active_desktops ${this.activeDesktops()}`,
      '# HELP agentdesk_process_uptime_seconds Seconds since the server process started.',
      '# TYPE agentdesk_process_uptime_seconds gauge',
      `agentdesk_process_uptime_seconds ${Math.round(process.uptime())}`,
    );
    return `${lines.join('\n')}\n`;
  }

  private seen(clientId: string): void {
    this.lastSeen.delete(clientId); // re-inserted last: the map stays in last-seen order
    this.lastSeen.set(clientId, this.now());
  }
}

function bump(map: Map<string, number>, key: string): void {
  map.set(key, (map.get(key) ?? 0) + 1);
}

/** `{a: 'x', b: 'y'}` → `a="x",b="y"`, values escaped as the text format asks. */
function labels(values: Record<string, string>): string {
  return Object.entries(values)
    .map(([name, value]) => `${name}="${value.replaceAll('\\', '\\\\').replaceAll('"', '\\"').replaceAll('\n', '\\n')}"`)
    .join(',');
}
