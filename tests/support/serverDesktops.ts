import type { FastifyInstance } from 'fastify';
import { createMainServices, type MainServices } from '../../src/main/services';
import { memorySettingsBackend } from '../../src/main/settings/settings';
import { buildServerApp } from '../../src/server/http/buildServerApp';
import { createAgent, createBranch, createTeam } from '../../src/server/org/orgWrites';
import type { SignedInAgent } from '../../src/shared/schemas/sync';
import { openFreshServerDb, useFastScrypt, type TestServerDb } from '../server/serverTestDb';
import { makeTempDir } from './tempDir';

export const ORG_PASSWORD = 'branch-office-1';

/**
 * A real sync server on 127.0.0.1 (SQLite, or PostgreSQL when asked) with branch SH01, team 一组, agent 1001 and lead 1002,
 * and desktops (the real main services, each on its own store) pointed at it.
 */
export async function serverWithOrg(backend: 'sqlite' | 'postgres' = 'sqlite'): Promise<{ url: string; fresh: TestServerDb; app: FastifyInstance; temp: ReturnType<typeof makeTempDir>; close(): Promise<void> }> {
  useFastScrypt();
  const temp = makeTempDir('agentdesk-approvals-');
  const fresh = await openFreshServerDb(backend, temp.dir);
  await createBranch(fresh.db, { code: 'SH01', name: '上海一部' });
  await createTeam(fresh.db, { branch: 'SH01', name: '一组' });
  await createAgent(fresh.db, { number: '1001', name: '李明', role: 'agent', branch: 'SH01', team: '一组', password: ORG_PASSWORD });
  await createAgent(fresh.db, { number: '1002', name: '王芳', role: 'lead', branch: 'SH01', team: '一组', password: ORG_PASSWORD });
  const app = buildServerApp({ db: fresh.db });
  const url = await app.listen({ host: '127.0.0.1', port: 0 });
  return {
    url,
    fresh,
    app,
    temp,
    close: async () => {
      await app.close();
      await fresh.cleanup();
      temp.cleanup();
    },
  };
}

/** A desktop pointed at `url`, nobody signed in yet; its poll is an hour, so only live notices bring changes quickly. */
export function serverDesktop(dir: string, url: string, osLocale = 'zh-CN'): MainServices {
  return createMainServices({
    userDataDir: dir,
    settingsBackend: memorySettingsBackend({ serverUrl: url }),
    version: '0.0.0-test',
    osLocale,
    fetch: globalThis.fetch,
    syncIntervalMs: 3_600_000,
  });
}

export async function signIn(services: MainServices, number: string, password = ORG_PASSWORD): Promise<SignedInAgent> {
  const reply = (await services.dispatch('session:login', { number, password })) as { ok: boolean; value: SignedInAgent; error?: unknown };
  if (!reply.ok) throw new Error(`sign-in ${number} failed: ${JSON.stringify(reply.error)}`);
  return reply.value;
}
