import { seedDemoOrganisation } from '../org/demoOrganisation';
import { createAgent, createBranch, createTeam, resetPassword, setAgentActive } from '../org/orgWrites';
import type { ServerDb } from '../storage/serverDb';
import type { AdminCommand } from './adminArgs';

/** Runs one admin command; returns the lines to print. */
export async function runAdminCommand(db: ServerDb, command: Exclude<AdminCommand, { kind: 'help' | 'backup' | 'restore' }>, now: number): Promise<string[]> {
  switch (command.kind) {
    case 'create-branch': {
      const branch = await createBranch(db, command);
      return [`created branch ${branch.code} ${branch.name} (${branch.id})`];
    }
    case 'create-team': {
      const team = await createTeam(db, command);
      return [`created team ${team.name} in ${command.branch} (${team.id})`];
    }
    case 'create-agent': {
      const agent = await createAgent(db, command, now);
      return [`created ${agent.role} ${agent.number} ${agent.name} (${agent.id})`];
    }
    case 'reset-password':
      await resetPassword(db, command, now);
      return [`password reset for ${command.number}; earlier sign-ins no longer work`];
    case 'set-active': {
      const agent = await setAgentActive(db, command);
      return [`${agent.active ? 'activated' : 'deactivated'} ${agent.number} ${agent.name}`];
    }
    case 'seed-demo': {
      const created = await seedDemoOrganisation(db, now);
      return created.length === 0 ? ['the demo organisation is already there'] : created.map((line) => `created ${line}`);
    }
  }
}
