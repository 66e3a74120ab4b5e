import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { rotatingLog } from '../../../src/main/logging/rotatingLog';
import { redact } from '../../../src/shared/domain/redact';
import { realBridge } from '../../support/realBridge';
import { makeTempDir } from '../../support/tempDir';

describe('logs', () => {
  it('masks phone numbers, ID-card numbers, emails, tokens and passwords', () => {
    const line = redact('caller 13812345678 (+86 13987654321, 021-63456789) id 11010119900307123X mail wang.li@example.com Authorization: Bearer eyJhbGciOi.abc-def {"password":"hunter22"}');
    expect(line).not.toMatch(/13812345678|13987654321|63456789|19900307|wang\.li|eyJhbGciOi|hunter22/);
    expect(line).toContain('138****5678');
    expect(line).toContain('110101********123X');
    expect(line).toContain('w******@example.com');
    expect(line).toContain('Bearer [token]');
    expect(line).toContain('"password":"[redacted]"');
    expect(redact('case SH01-20261122-3GK-0001, order SO2026112200017, 45 minutes')).toBe('case SH01-20261122-3GK-0001, order SO2026112200017, 45 minutes');
  });

  it('rotates files past the size limit, keeps N, and redacts every line written', () => {
    const temp = makeTempDir();
    const log = rotatingLog(temp.dir, { maxBytes: 2_000, files: 3 });
    for (let i = 0; i < 200; i++) log.write('error', `save failed for caller 1381234${String(i).padStart(4, '0')}`, new Error(`row ${i}`));
    const files = readdirSync(temp.dir).sort();
    expect(files).toEqual(['agentdesk.log', 'agentdesk.log.1', 'agentdesk.log.2']);
    const all = files.map((f) => readFileSync(join(temp.dir, f), 'utf8')).join('');
    expect(all).not.toMatch(/1381234\d{4}/);
    expect(all).toContain('138****0199');
    expect(log.tail(3)).toHaveLength(3);
    expect(log.tail(40).join('\n')).toContain('138****0199');
    temp.cleanup();
  });
});

describe('export diagnostics', () => {
  it('writes versions, store health, sync state and the redacted log tail, with no customer data', async () => {
    // Connected to a server, with an agent signed in through it (writes need a signed-in agent).
    const app = realBridge({ settings: { serverUrl: 'https://ops:s3cret@sync.example.com/' }, actor: () => ({ agentId: 'agent-1', role: 'agent', placement: { branchId: 'b1', teamId: null } }) });
    try {
      expect(await app.api.createCase({ customerName: '王秀英', customerPhone: '13812345678', channel: 'phone', subject: '冰箱不制冷' })).toMatchObject({ ok: true });
      app.services.dispatch('no:such', { phone: '13812345678' }); // an error that gets logged
      await app.api.listCases({ status: 'bogus' } as never);
      const result = await app.api.exportDiagnostics();
      expect(result.ok).toBe(true);
      const path = (result as { ok: true; value: { path: string } }).value.path;
      expect(path.startsWith(join(app.dir, 'diagnostics'))).toBe(true);
      const text = readFileSync(path, 'utf8');
      const report = JSON.parse(text) as { store: { quickCheck: string; rows: Record<string, number> }; settings: { serverUrl: string }; sync: { phase: string } };
      expect(report.store).toMatchObject({ quickCheck: 'ok', rows: { cases: 1, outbox: 2 } });
      expect(report.settings.serverUrl).toBe('https://sync.example.com/');
      expect(report.sync.phase).toEqual(expect.any(String));
      expect(text).not.toMatch(/13812345678|王秀英|s3cret/);
    } finally {
      app.close();
    }
  });
});
