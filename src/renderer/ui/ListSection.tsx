import type { ReactNode } from 'react';

/** A titled section holding one list, or a line saying it is empty; `children` draws each item as an <li> with its key. */
export function ListSection<T>({ id, className, listClassName, title, items, empty, children }: { id: string; className: string; listClassName: string; title: ReactNode; items: readonly T[]; empty: ReactNode; children(item: T, index: number): ReactNode }) {
  return (
    <section className={className} aria-labelledby={id}>
      <h3 id={id}>{title}</h3>
      {items.length === 0 ? (
        empty
      ) : (
        <ul className={listClassName} aria-labelledby={id}>
          {items.map(children)}
        </ul>
      )}
    </section>
  );
}
