import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { dispatch } from '../state/store';
import type { ListItem } from './ListViewItems';
import { indexForKey, isTypeAheadKey, typeAheadIndex } from './ListViewKeys';

/** Items rendered at first and per "Show more": enough to stay fast on big graphs (virtualising is later). */
export const LIST_PAGE = 500;
const TYPE_AHEAD_MS = 600;

/**
 * A single-select listbox (WAI-ARIA APG) with a roving tabindex: Tab enters at the active item,
 * arrows/Home/End/PageUp/PageDown and type-ahead move, Enter or Space selects. aria-selected is the
 * app's selection (canvas, search, details), so the list and the canvas always agree.
 */
export function ListViewListbox(props: {
  labelledBy: string;
  items: readonly ListItem[];
  selectedId: string | null;
  emptyText: string;
  testId: string;
}) {
  const { items, selectedId } = props;
  const [activeId, setActiveId] = useState<string | null>(selectedId);
  const [limit, setLimit] = useState(LIST_PAGE);
  const [seenSelection, setSeenSelection] = useState(selectedId);
  const listRef = useRef<HTMLDivElement>(null);
  const typeAhead = useRef({ prefix: '', at: 0 });

  // A selection made elsewhere becomes the active item, so Tab lands on it.
  if (seenSelection !== selectedId) {
    setSeenSelection(selectedId);
    if (selectedId !== null) setActiveId(selectedId);
  }

  const selectedIndex = selectedId === null ? -1 : items.findIndex((i) => i.id === selectedId);
  const shown = Math.min(items.length, Math.max(limit, selectedIndex + 1));
  const found = activeId === null ? -1 : items.findIndex((i) => i.id === activeId);
  const activeIndex = found >= 0 && found < shown ? found : selectedIndex >= 0 ? selectedIndex : 0;

  // Reflect the selection: scroll it into view, without taking focus from where the analyst is.
  useEffect(() => {
    if (selectedId === null) return;
    const option = listRef.current?.querySelector<HTMLElement>(`[data-id="${CSS.escape(selectedId)}"]`);
    option?.scrollIntoView({ block: 'nearest' });
  }, [selectedId]);

  const optionAt = (index: number) => listRef.current?.querySelectorAll<HTMLElement>('[role="option"]')[index];
  const moveTo = (index: number) => {
    const item = items[index];
    if (!item) return;
    setActiveId(item.id);
    optionAt(index)?.focus();
  };
  const select = (item: ListItem | undefined) => {
    if (item) dispatch({ type: 'select', selection: { kind: item.kind, id: item.id } });
  };

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    const now = event.timeStamp;
    const typing = now - typeAhead.current.at < TYPE_AHEAD_MS && typeAhead.current.prefix !== '';
    if (event.key === 'Enter' || (event.key === ' ' && !typing)) {
      event.preventDefault();
      select(items[activeIndex]);
      return;
    }
    const next = indexForKey(event.key, activeIndex, shown);
    if (next !== null) {
      event.preventDefault();
      moveTo(next);
      return;
    }
    if (isTypeAheadKey(event.key) || (event.key === ' ' && typing)) {
      const prefix = (typing ? typeAhead.current.prefix : '') + event.key.toLowerCase();
      typeAhead.current = { prefix, at: now };
      const keys = items.slice(0, shown).map((i) => i.key);
      const match = typeAheadIndex(keys, prefix, activeIndex);
      if (match !== null) moveTo(match);
    }
  };

  if (items.length === 0) {
    return (
      <p className="hint" data-testid={props.testId}>
        {props.emptyText}
      </p>
    );
  }
  return (
    <>
      <div
        ref={listRef}
        role="listbox"
        aria-labelledby={props.labelledBy}
        className="list-box"
        data-testid={props.testId}
        onKeyDown={onKeyDown}
      >
        {items.slice(0, shown).map((item, index) => (
          <div
            key={item.id}
            role="option"
            data-id={item.id}
            aria-selected={item.id === selectedId}
            tabIndex={index === activeIndex ? 0 : -1}
            className="list-item"
            onClick={() => {
              setActiveId(item.id);
              select(item);
            }}
          >
            {/* The name is the visible text (WCAG 2.5.3), read as "label, detail": the comma is
                unseen but inline, so the accessible name has no stray space before it. */}
            <span className="list-item-label">
              {item.label}
              <span className="list-item-sep">,</span>
            </span>
            <span className={`list-item-detail${item.stance ? ` stance-${item.stance}` : ''}`}>{item.detail}</span>
          </div>
        ))}
      </div>
      {shown < items.length ? (
        <button type="button" className="link list-more" onClick={() => setLimit(shown + LIST_PAGE)}>
          Show {Math.min(LIST_PAGE, items.length - shown)} more ({items.length - shown} not shown)
        </button>
      ) : null}
    </>
  );
}
