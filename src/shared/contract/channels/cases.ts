/** Channels of the cases slice. Import-free, so the preload bundles it without zod. */
export const casesChannels = {
  createCase: 'case:create',
  listCases: 'case:list',
  getCase: 'case:get',
  updateCase: 'case:update',
  changeCaseStatus: 'case:changeStatus',
  addNote: 'case:addNote',
  bulkUpdateCases: 'case:bulkUpdate',
} as const;
