import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { ErrorBoundary } from './app/ErrorBoundary';
import { browserHost } from './host/browserHost';
import './styles.css';
import './theme.css';

// In Electron the preload has put the host on window.kg; anywhere else the browser host stands in.
if (!('kg' in window)) {
  Object.defineProperty(window, 'kg', { value: browserHost, writable: false, configurable: false });
}

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');
createRoot(root).render(
  <StrictMode>
    <ErrorBoundary>
      <App />
    </ErrorBoundary>
  </StrictMode>,
);
