import { useEffect, useMemo, useRef } from 'react';
import type { Evidence } from '../../core/model/schema';
import { highlightSegments, type Highlight } from '../../core/text/highlightSegments';
import type { LoadedGraph, Selection } from '../state/appState';
import { useAppState } from '../state/store';

const PRIMARY = 2;
const RELATED = 1;

/** Evidence to highlight: the selected relation's quotes, or the quotes of an actor's relations. */
function evidenceFor(doc: LoadedGraph, selection: Selection): { evidence: Evidence; level: number }[] {
  if (!selection) return [];
  if (selection.kind === 'edge') {
    return (doc.index.edgesById.get(selection.id)?.evidence ?? []).map((evidence) => ({ evidence, level: PRIMARY }));
  }
  return (doc.index.incident.get(selection.id) ?? []).flatMap((edgeId) =>
    (doc.index.edgesById.get(edgeId)?.evidence ?? []).map((evidence) => ({ evidence, level: RELATED })),
  );
}

export function ArticlePanel() {
  const doc = useAppState((s) => s.doc);
  const selection = useAppState((s) => s.selection);
  const container = useRef<HTMLDivElement>(null);

  const view = useMemo(() => {
    if (!doc || doc.graph.sources.length === 0) return null;
    const marks = evidenceFor(doc, selection);
    const sourceId = marks[0]?.evidence.sourceId ?? doc.graph.sources[0]!.id;
    const source = doc.graph.sources.find((s) => s.id === sourceId) ?? doc.graph.sources[0]!;
    const highlights: Highlight[] = marks
      .filter((m) => m.evidence.sourceId === source.id)
      .map((m) => ({ start: m.evidence.start, end: m.evidence.end, level: m.level }));
    return { source, segments: highlightSegments(source.text.length, highlights) };
  }, [doc, selection]);

  useEffect(() => {
    const mark = container.current?.querySelector('mark');
    mark?.scrollIntoView({ block: 'center', behavior: 'auto' });
  }, [view]);

  if (!view) return <section className="article-panel" aria-label="Article" />;
  const { source, segments } = view;
  return (
    <section className="article-panel" aria-label="Article" tabIndex={0}>
      <h2>Article</h2>
      <p className="article-meta">
        {[source.section, source.outlet ?? 'outlet unknown', source.published ? `published ${source.published}` : null]
          .filter(Boolean)
          .join(' · ')}
      </p>
      <div className="article-text" ref={container} data-testid="article-text">
        {segments.map((seg) => {
          const text = source.text.slice(seg.start, seg.end);
          if (seg.level === 0) return <span key={seg.start}>{text}</span>;
          return (
            <mark key={seg.start} className={seg.level === PRIMARY ? 'evidence-primary' : 'evidence-related'}>
              {text}
            </mark>
          );
        })}
      </div>
    </section>
  );
}
