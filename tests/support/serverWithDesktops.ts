import { afterEach, beforeEach } from 'vitest';
import type { AuthedAgent } from '../../src/server/auth/authedAgent';
import { openFreshServerDb, type Backend, type TestServerDb } from '../server/serverTestDb';
import { openDesktop, seedOrganisation, type Desktop } from './syncHarness';
import { makeTempDir } from './tempDir';

export interface ServerWithDesktops {
  /** This test's fresh server database, seeded with the agents. */
  readonly server: TestServerDb;
  /** Opens a desktop store in this test's folder, closed after the test. */
  desktop(name: string, agent: AuthedAgent): Desktop;
}

/**
 * For each test of the suite: a temp folder, a fresh server database on `backend` with the
 * agents' organisation, and desktops opened on demand at clock `now` — all closed afterwards.
 */
export function serverWithDesktops(backend: Backend, agents: readonly AuthedAgent[], now: number): ServerWithDesktops {
  let temp: ReturnType<typeof makeTempDir>;
  let fresh: TestServerDb;
  const open: Desktop[] = [];
  beforeEach(async () => {
    temp = makeTempDir();
    fresh = await openFreshServerDb(backend, temp.dir);
    await seedOrganisation(fresh.db, agents);
  });
  afterEach(async () => {
    for (const d of open.splice(0)) d.close();
    await fresh.cleanup();
    temp.cleanup();
  });
  return {
    get server() {
      return fresh;
    },
    desktop(name, agent) {
      const d = openDesktop(temp.dir, name, fresh.db, agent, () => now);
      open.push(d);
      return d;
    },
  };
}
