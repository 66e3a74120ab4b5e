import { z } from 'zod';
import { entityId } from '../schemas/case';
import { listArticlesQuery, saveArticleInput, type ArticleSummary } from '../schemas/workspace';
import type { knowledgeChannels } from './channels/knowledge';
import type { SliceContract } from './slice';

/** A knowledge-base article, whole: what the call screen inserts into a reply. */
export interface Article {
  id: string;
  category: string;
  locale: string;
  version: number;
  title: string;
  body: string;
  tags: string[];
  updatedAt: number;
}

/** The knowledge-base slice. */
export const knowledgeContract = {
  getArticle: { request: z.strictObject({ articleId: entityId }), reply: {} as Article },
  listArticles: { request: listArticlesQuery, reply: {} as ArticleSummary[] },
  /** Leads and admins: saves a new version of an article (or a new article). */
  saveArticle: { request: saveArticleInput, reply: {} as Article },
} satisfies SliceContract<typeof knowledgeChannels>;
