import type { SnippetPart } from '../../shared/domain/searchTokens';

/** Text with the matched pieces in <mark>; built from parts, never from HTML. */
export function HitText({ parts }: { parts: SnippetPart[] }) {
  return (
    <>
      {parts.map((part, i) => (part.hit ? <mark key={i}>{part.text}</mark> : <span key={i}>{part.text}</span>))}
    </>
  );
}
