'use client';
import { Component, lazy, Suspense, useState, type ComponentType, type ReactNode } from 'react';

/**
 * A component whose code downloads when it is first shown (React.lazy), for parts a reader may
 * never need. React.lazy keeps a failed download for good, and its error would reach Next's
 * error page and replace the whole lesson. Here a failed download shows one line that says so,
 * where the component would be, with "Try again", which downloads it afresh.
 */
export function lazyWithRetry<P extends object>(load: () => Promise<ComponentType<P>>, what: string): ComponentType<P> {
  const fresh = () => lazy(() => load().then((component) => ({ default: component })));
  let Lazy = fresh();
  function Loaded(props: P) {
    const [attempt, setAttempt] = useState(0);
    const retry = () => {
      Lazy = fresh();
      setAttempt((a) => a + 1);
    };
    return (
      <DownloadFailed key={attempt} what={what} onRetry={retry}>
        <Suspense fallback={null}>
          <Lazy {...props} />
        </Suspense>
      </DownloadFailed>
    );
  }
  return Loaded;
}

interface BoundaryProps {
  what: string;
  onRetry: () => void;
  children: ReactNode;
}

class DownloadFailed extends Component<BoundaryProps, { failed: boolean }> {
  state = { failed: false };

  static getDerivedStateFromError() {
    return { failed: true };
  }

  render() {
    if (!this.state.failed) return this.props.children;
    return (
      <div className="cell-notice" role="alert">
        <p>{this.props.what} could not be downloaded. Check the connection, then try again.</p>
        <button type="button" onClick={this.props.onRetry}>
          Try again
        </button>
      </div>
    );
  }
}
