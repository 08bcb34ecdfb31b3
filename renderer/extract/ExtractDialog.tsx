import { useEffect, useRef, useState } from 'react';
import { decodeUtf8 } from '../../core/io/decodeText';
import { PartialDateSchema } from '../../core/model/schema';
import { ARTICLE_EXTENSIONS } from '../../core/extraction/article/readArticle';
import { Modal } from '../panels/Modal';
import { dispatch, useAppState } from '../state/store';
import { extractInWorker, readArticleInWorker } from './extractClient';
import { mergeReview } from './mergeReview';
import { ReviewPanel } from './ReviewPanel';
import { reviewCounts, startReview, type ReviewState } from './reviewState';
import { bytesOf } from '../worker/fileBytes';
import './extract.css';

const close = () => dispatch({ type: 'dialog', dialog: null });
const PASTED = 'pasted.txt';

/**
 * "Extract from article…": paste text or open a .txt/.html/.md file, give the publication date
 * (pre-filled from the page), extract in the worker, review the candidates, merge the accepted ones
 * into the open graph as one undoable edit.
 */
export function ExtractDialog() {
  const graph = useAppState((s) => s.doc?.graph ?? null);
  const [fileName, setFileName] = useState(PASTED);
  const [content, setContent] = useState('');
  const [date, setDate] = useState('');
  const [pageTitle, setPageTitle] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState<string | null>(null);
  const [review, setReview] = useState<ReviewState | null>(null);
  const textRef = useRef<HTMLTextAreaElement>(null);
  const reviewing = review !== null;

  // The text field takes focus when the dialog opens and on the way back from the review (the
  // modal is already open here: a child's effect, its showModal, runs first).
  useEffect(() => {
    if (!reviewing) textRef.current?.focus();
  }, [reviewing]);

  const openFile = async () => {
    const picked = await window.kg.openFile({ filters: [{ name: 'Articles', extensions: [...ARTICLE_EXTENSIONS] }] });
    if (!picked.ok) return setProblem(picked.error);
    if (!picked.value) return undefined;
    const text = decodeUtf8(await bytesOf(picked.value.bytes));
    if (!text.ok) return setProblem(`${picked.value.name}: ${text.error}`);
    setFileName(picked.value.name);
    setContent(text.value);
    setProblem(null);
    setBusy('Reading the article…');
    const article = await readArticleInWorker(picked.value.name, text.value);
    setBusy(null);
    setPageTitle(article.title);
    if (article.published) setDate(article.published);
    return undefined;
  };

  const extract = async () => {
    if (content.trim() === '') return setProblem('Paste the article’s text or open a file first.');
    const typed = date.trim();
    if (typed !== '' && !PartialDateSchema.safeParse(typed).success) return setProblem('The publication date must look like 2024-03-15 (or 2024-03, or 2024).');
    setProblem(null);
    setBusy('Extracting actors and relations…');
    try {
      let published: string | null = typed === '' ? null : typed;
      if (published === null) {
        published = (await readArticleInWorker(fileName, content)).published;
        if (published === null) {
          setBusy(null);
          document.getElementById('extract-date')?.focus();
          return setProblem('This article has no publication date: enter it, so “on Friday” or “last year” can be dated.');
        }
        setDate(published);
      }
      const result = await extractInWorker(fileName, content, published);
      if (!result.ok) return setProblem(result.error);
      if (result.value.actors.length + result.value.relations.length === 0) return setProblem('No actors or relations were found in this text.');
      setReview(startReview(result.value));
      return undefined;
    } finally {
      setBusy(null);
    }
  };

  const merge = () => {
    if (!review) return;
    const outcome = mergeReview(review);
    if (outcome.ok) close();
    else setProblem(`The merge was refused: ${outcome.problems.join(' ')}`);
  };

  const counts = review ? reviewCounts(review) : null;
  const actions = review ? (
    <>
      <button type="button" onClick={() => setReview(null)}>
        Back to the text
      </button>
      <button type="button" className="primary" disabled={!graph || !counts || counts.acceptedRelations + counts.acceptedActors === 0} onClick={merge}>
        Merge {counts?.acceptedRelations ?? 0} {counts?.acceptedRelations === 1 ? 'relation' : 'relations'}
      </button>
    </>
  ) : (
    <button type="button" className="primary" disabled={busy !== null} onClick={() => void extract()}>
      Extract candidates
    </button>
  );

  return (
    <Modal title="Extract from article" onClose={close} actions={actions} wide>
      {review ? (
        <>
          <p className="article-meta">
            {review.result.article.title}
            {review.result.article.published ? ` · published ${review.result.article.published}` : ''}
          </p>
          <ReviewPanel state={review} onChange={setReview} graph={graph} />
        </>
      ) : (
        <div className="extract-input">
          <div className="csv-choose">
            <button type="button" onClick={() => void openFile()}>
              Open .txt, .html or .md file…
            </button>
            <span className="hint" data-testid="extract-source">
              {fileName === PASTED ? 'Pasted text' : fileName}
              {pageTitle ? ` — “${pageTitle}”` : ''}
            </span>
          </div>
          <label className="extract-text-field">
            Article text
            <textarea ref={textRef} value={content} onChange={(e) => setContent(e.target.value)} rows={14} placeholder="Paste the article here, or open a file." />
          </label>
          <label>
            Publication date{' '}
            <input id="extract-date" value={date} onChange={(e) => setDate(e.target.value)} placeholder="YYYY-MM-DD" aria-describedby="extract-date-hint" />
          </label>
          <p id="extract-date-hint" className="hint">
            Read from the page when it gives one; relative dates in the text (“on Friday”, “last year”) are resolved against it.
          </p>
        </div>
      )}
      {busy ? (
        <p className="busy" role="status">
          {busy}
        </p>
      ) : null}
      {problem ? (
        <p role="alert" className="report-error" data-testid="extract-problem">
          {problem}
        </p>
      ) : null}
    </Modal>
  );
}
