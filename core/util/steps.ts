/**
 * Work split into steps, so a caller on a UI thread can spread it over several tasks: the generator
 * yields its progress (0 to 1) after each slice and returns its result. `runSteps` does it all at once.
 */
export type Steps<T> = Generator<number, T, void>;

export function runSteps<T>(steps: Steps<T>): T {
  for (;;) {
    const next = steps.next();
    if (next.done) return next.value;
  }
}

/** Runs `steps` as the part of a bigger job between `from` and `to` (progress rescaled to that span). */
export function* stepsWithin<T>(steps: Steps<T>, from: number, to: number): Steps<T> {
  for (;;) {
    const next = steps.next();
    if (next.done) return next.value;
    yield from + (to - from) * next.value;
  }
}

/** Elements per slice of the stepped builders: a few milliseconds of work each at 100,000 relations. */
export const STEP_SIZE = 2_000;
