/** Channels of the knowledge-base slice. Import-free, so the preload bundles it without zod. */
export const knowledgeChannels = {
  getArticle: 'kb:get',
  listArticles: 'kb:list',
  saveArticle: 'kb:save',
} as const;
