/** The "from" and "to" of a time span, typed as 2023, 2023-02 or 2023-02-28 (precision from the form). */
export function TimeFields(props: { start: string; end: string; onStart: (v: string) => void; onEnd: (v: string) => void }) {
  return (
    <>
      <label>
        Time (from) <input value={props.start} onChange={(e) => props.onStart(e.target.value)} placeholder="2023, 2023-02 or 2023-02-28" />
      </label>
      <label>
        Time (to) <input value={props.end} onChange={(e) => props.onEnd(e.target.value)} placeholder="optional" />
      </label>
    </>
  );
}
