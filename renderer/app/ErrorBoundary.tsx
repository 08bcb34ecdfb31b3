import { Component, type ErrorInfo, type ReactNode } from 'react';

interface State {
  readonly error: Error | null;
  readonly details: string;
}

/**
 * The last line of defence: a rendering error shows a readable message with details the analyst can
 * copy into a report, instead of a blank window. The graph file on disk is never touched by this.
 */
export class ErrorBoundary extends Component<{ children: ReactNode }, State> {
  override state: State = { error: null, details: '' };

  static getDerivedStateFromError(error: Error): Partial<State> {
    return { error };
  }

  override componentDidCatch(error: Error, info: ErrorInfo): void {
    const details = [
      `KG Explorer ${__APP_VERSION__}`,
      `${error.name}: ${error.message}`,
      error.stack ?? '',
      info.componentStack ?? '',
      `User agent: ${navigator.userAgent}`,
    ].join('\n');
    this.setState({ details });
  }

  override render(): ReactNode {
    const { error, details } = this.state;
    if (!error) return this.props.children;
    return (
      <main className="crash" role="alert">
        <h1>Something went wrong</h1>
        <p>
          The explorer hit an error it could not recover from: <strong>{error.message}</strong>. Your files are unchanged. Reload to
          continue; if it happens again, copy the details below into a bug report.
        </p>
        <textarea readOnly value={details} rows={12} aria-label="Error details" onFocus={(e) => e.currentTarget.select()} />
        <div className="dialog-actions">
          <button type="button" onClick={() => void navigator.clipboard?.writeText(details).catch(() => undefined)}>
            Copy details
          </button>
          <button type="button" className="primary" onClick={() => window.location.reload()}>
            Reload
          </button>
        </div>
      </main>
    );
  }
}
