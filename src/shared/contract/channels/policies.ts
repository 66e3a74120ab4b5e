/** Channels of the policies slice (issue 18). Import-free, so the preload bundles it without zod. */
export const policiesChannels = {
  listPolicies: 'policy:list',
  publishPolicy: 'policy:publish',
  getPolicyScope: 'policy:scope',
} as const;
