import { useEffect, useMemo, useRef } from 'react';
import { highlightSegments, type Highlight } from '../../core/text/highlightSegments';

const QUOTE = 1;
const TRIGGER = 2;

/** The article with the current candidate's quote (and its trigger words, or an actor's mentions) marked. */
export function ArticleHighlight(props: { text: string; quotes: readonly { start: number; end: number }[]; triggers: readonly { start: number; end: number }[] }) {
  const container = useRef<HTMLDivElement>(null);
  const { text, quotes, triggers } = props;
  const segments = useMemo(() => {
    const highlights: Highlight[] = [
      ...quotes.map((q) => ({ start: q.start, end: q.end, level: QUOTE })),
      ...triggers.map((t) => ({ start: t.start, end: t.end, level: TRIGGER })),
    ];
    return highlightSegments(text.length, highlights);
  }, [text, quotes, triggers]);

  useEffect(() => {
    container.current?.querySelector('mark')?.scrollIntoView({ block: 'nearest', behavior: 'auto' });
  }, [segments]);

  return (
    <section className="extract-article" aria-label="Article text" tabIndex={0} ref={container} data-testid="extract-article-text">
      {segments.map((seg) => {
        const part = text.slice(seg.start, seg.end);
        if (seg.level === 0) return <span key={seg.start}>{part}</span>;
        return (
          <mark key={seg.start} className={seg.level === TRIGGER ? 'evidence-primary' : 'evidence-related'}>
            {part}
          </mark>
        );
      })}
    </section>
  );
}
