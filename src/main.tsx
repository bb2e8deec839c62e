import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';

import { App } from './app/app';
import { reportError } from './app/report-error';
import { allowServiceWorkerScript } from './lib/trusted-types';
import './index.css';

// Before anything registers the worker (vite-plugin-pwa's module passes its URL as a string).
allowServiceWorkerScript(`${import.meta.env.BASE_URL}sw.js`);

const container = document.getElementById('root');
if (!container) {
  throw new Error('index.html has no #root element');
}

createRoot(container, {
  onCaughtError: (error, info) => reportError(error, info.componentStack ?? 'a component'),
}).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
