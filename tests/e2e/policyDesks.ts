import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { MainServices } from '../../src/main/services';
import type { PolicyRecord } from '../../src/shared/domain/policies/policyRecords';
import { createAgent } from '../../src/server/org/orgWrites';
import { ORG_PASSWORD, serverDesktop, serverWithOrg, signIn } from '../support/serverDesktops';

/** The policy versions a desktop knows (policy:list). */
export const policiesOn = async (desk: MainServices) => ((await desk.dispatch('policy:list', undefined)) as { ok: true; value: PolicyRecord[] }).value;

/** A desktop with its own data folder `<dir>/<name>-data`, syncing with the server at `url`, signed in as agent `number`. */
export async function signedInDesk(dir: string, name: string, url: string, number: string): Promise<MainServices> {
  const dataDir = join(dir, `${name}-data`);
  mkdirSync(dataDir);
  const desk = serverDesktop(dataDir, url);
  await signIn(desk, number);
  return desk;
}

/** The organisation's server (serverWithOrg) with an administrator, 9001, who publishes the policies. */
export async function serverWithAdmin(): ReturnType<typeof serverWithOrg> {
  const server = await serverWithOrg();
  await createAgent(server.fresh.db, { number: '9001', name: '系统管理员', role: 'admin', branch: 'SH01', password: ORG_PASSWORD });
  return server;
}
