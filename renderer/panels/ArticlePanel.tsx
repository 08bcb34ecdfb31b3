import { useEffect, useMemo, useRef, useState } from 'react';
import type { Evidence } from '../../core/model/schema';
import { highlightSegments, type Highlight } from '../../core/text/highlightSegments';
import { clipSegments, textWindow } from '../../core/text/textWindow';
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
  // The analyst's pick among several articles, until the selection changes.
  const [picked, setPicked] = useState<{ selection: Selection; sourceId: string } | null>(null);
  const pickedId = picked && picked.selection === selection ? picked.sourceId : null;

  const view = useMemo(() => {
    if (!doc || doc.graph.sources.length === 0) return null;
    const marks = evidenceFor(doc, selection);
    // The selection's first quote decides which article opens: evidence from a second article opens that article.
    const sourceId = pickedId ?? marks[0]?.evidence.sourceId ?? doc.graph.sources[0]!.id;
    const source = doc.graph.sources.find((s) => s.id === sourceId) ?? doc.graph.sources[0]!;
    const highlights: Highlight[] = marks
      .filter((m) => m.evidence.sourceId === source.id)
      .map((m) => ({ start: m.evidence.start, end: m.evidence.end, level: m.level }));
    const quotedIn = new Set(marks.map((m) => m.evidence.sourceId));
    const window = textWindow(source.text.length, highlights);
    const segments = clipSegments(highlightSegments(source.text.length, highlights), window);
    return { source, segments, window, sources: doc.graph.sources, quotedIn };
  }, [doc, selection, pickedId]);

  useEffect(() => {
    const mark = container.current?.querySelector('mark');
    mark?.scrollIntoView({ block: 'center', behavior: 'auto' });
  }, [view]);

  if (!view) return <section className="article-panel" aria-label="Article" />;
  const { source, segments, window, sources, quotedIn } = view;
  return (
    <section className="article-panel" aria-label="Article" tabIndex={0}>
      <h2>Article</h2>
      {sources.length > 1 ? (
        <label className="article-source-picker">
          Source{' '}
          <select value={source.id} onChange={(e) => setPicked({ selection, sourceId: e.target.value })} data-testid="article-source">
            {sources.map((s) => (
              <option key={s.id} value={s.id}>
                {s.title}
                {quotedIn.has(s.id) ? ' (quoted)' : ''}
              </option>
            ))}
          </select>
        </label>
      ) : null}
      <p className="article-meta">
        {[source.section, source.outlet ?? 'outlet unknown', source.published ? `published ${source.published}` : null]
          .filter(Boolean)
          .join(' · ')}
      </p>
      {window.partial ? (
        <p className="article-meta" data-testid="article-passage">
          {`A long text: characters ${window.start.toLocaleString('en')}–${window.end.toLocaleString('en')} of ${source.text.length.toLocaleString('en')}, around the selection's first quote.`}
        </p>
      ) : null}
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
