import type { Tx } from '../storage/serverDb';

export interface Branch {
  id: string;
  code: string;
  name: string;
}

export interface Team {
  id: string;
  branch_id: string;
  name: string;
}

export async function branches(tx: Tx): Promise<Branch[]> {
  const rows = await tx.all<{ data: string }>("SELECT data FROM records WHERE tbl = 'branches'");
  return rows.map((row) => JSON.parse(row.data) as Branch);
}

export async function branchByCode(tx: Tx, code: string): Promise<Branch | undefined> {
  return (await branches(tx)).find((branch) => branch.code === code);
}

export async function teamsOf(tx: Tx, branchId: string): Promise<Team[]> {
  const rows = await tx.all<{ data: string }>("SELECT data FROM records WHERE tbl = 'teams' AND branch_id = $1", [branchId]);
  return rows.map((row) => JSON.parse(row.data) as Team);
}
