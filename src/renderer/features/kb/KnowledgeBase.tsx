/** The knowledge base: browse by category, search, read, copy into a reply; leads and admins edit. */
export function KnowledgeBase(_props: { articleId: string | null; onArticleChange(articleId: string | null): void }) {
  return <main className="workspace-page" />;
}
