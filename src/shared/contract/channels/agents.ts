/** Channels of the agents slice. Import-free, so the preload bundles it without zod. */
export const agentsChannels = {
  listAgents: 'agent:list',
} as const;
