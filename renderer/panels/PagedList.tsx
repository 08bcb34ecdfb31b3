import { useState, type ReactNode } from 'react';

/**
 * A list that renders a page of items and a "Show N more" button: a hub of a big graph has
 * thousands of relations, and rendering them all made selecting it a long task. The count belongs
 * to one `items` array: another selection starts at one page again.
 */
export function PagedList<T>(props: {
  items: readonly T[];
  keyOf: (item: T) => string;
  render: (item: T) => ReactNode;
  /** "relations", "neighbours": what the button shows more of. */
  noun: string;
  className: string;
  testId: string;
  pageSize?: number;
}) {
  const { items, pageSize = 100 } = props;
  const [page, setPage] = useState<{ items: readonly T[] | null; count: number }>({ items: null, count: pageSize });
  const shown = page.items === items ? page.count : pageSize;
  return (
    <>
      <ul className={props.className} data-testid={props.testId}>
        {items.slice(0, shown).map((item) => (
          <li key={props.keyOf(item)}>{props.render(item)}</li>
        ))}
      </ul>
      {items.length > shown ? (
        <p className="hint">
          <button type="button" onClick={() => setPage({ items, count: shown + pageSize })}>
            Show {Math.min(pageSize, items.length - shown)} more {props.noun}
          </button>{' '}
          ({shown.toLocaleString('en-US')} of {items.length.toLocaleString('en-US')} shown)
        </p>
      ) : null}
    </>
  );
}
