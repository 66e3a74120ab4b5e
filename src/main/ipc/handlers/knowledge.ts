import type { knowledgeContract } from '../../../shared/contract/knowledge';
import { getArticle, listArticles } from '../../store/knowledge/articleReads';
import { saveArticle } from '../../actions/saveArticle';
import type { FeatureHandlers, HandlerDeps } from '../handlerDeps';

/** The knowledge base. */
export function knowledgeHandlers({ db }: HandlerDeps) {
  return {
    getArticle: ({ articleId }) => getArticle(db, articleId),
    listArticles: (query) => listArticles(db, query),
    saveArticle: (input, context) => saveArticle(db, input, context),
  } satisfies FeatureHandlers<typeof knowledgeContract>;
}
