import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { createHttpApi, takeToken } from './api/http-api';
import { App } from './app/App';
import { startRouter, useRouter, parseRoute } from './app/router';
import { hasUnsavedChanges } from './features/inspections/store';
import { initI18n } from './i18n';
import './styles.css';

// In Electron the preload has put the contract on window.api; in a browser we speak HTTP.
if (!('api' in window) || !window.api) {
  window.api = createHttpApi(takeToken(location, sessionStorage));
  useRouter.setState({ route: parseRoute(location.hash) });
}

initI18n();
startRouter();

window.addEventListener('beforeunload', (event) => {
  if (hasUnsavedChanges()) event.preventDefault();
});

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
