import { v7 as uuidv7 } from 'uuid';
import type { Article } from '../../shared/api';
import { AppError } from '../../shared/result';
import type { SaveArticleInput } from '../../shared/schemas/workspace';
import type { WriteContext } from '../store/actor';
import type { WritableDB } from '../store/db';
import { articleVersionOf, getArticle } from '../store/knowledge/articleReads';
import { writeArticleVersion } from '../store/knowledge/articleWrites';
import { appendMutation } from '../store/sync/outbox';
import { indexArticle } from '../store/search/searchIndex';

/**
 * Saves an article as a new version (every version kept): leads and admins only. A save based on
 * a version that is no longer the latest is refused as a conflict, so nobody overwrites an edit
 * they have not seen. Re-indexed for search; one outbox mutation.
 */
export function saveArticle(db: WritableDB, input: SaveArticleInput, ctx: WriteContext): Article {
  if (ctx.actor.role === 'agent') throw new AppError('forbidden', 'only team leads and admins edit the knowledge base');
  const id = db.transaction(() => {
    const current = input.id ? articleVersionOf(db, input.id) : undefined;
    if (input.id && current === undefined) throw new AppError('not_found', `no article with id ${input.id}`);
    if (current !== undefined && input.baseVersion !== undefined && input.baseVersion !== current) throw new AppError('conflict', `article ${input.id} is at version ${current}, not ${input.baseVersion}`);
    const articleId = input.id ?? uuidv7();
    const version = (current ?? 0) + 1;
    const { category, locale, title, body, tags } = input;
    writeArticleVersion(db, { id: articleId, version, category, locale, title, body, tags, at: ctx.now, by: ctx.actor.agentId }, current === undefined);
    indexArticle(db, articleId);
    appendMutation(db, 'kb.save', { id: articleId, version }, ctx.now);
    return articleId;
  })();
  return getArticle(db, id);
}
