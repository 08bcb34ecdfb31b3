/**
 * Resolves once the page has painted what was rendered before the call: a frame, then a task. A
 * hidden or minimised window runs no frames, so a timeout stands in (nothing waits forever).
 */
export function afterPaint(timeoutMs = 200): Promise<void> {
  return new Promise((resolve) => {
    let done = false;
    const finish = () => {
      if (done) return;
      done = true;
      resolve();
    };
    requestAnimationFrame(() => setTimeout(finish, 0));
    setTimeout(finish, timeoutMs);
  });
}
