import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { installAuthFetch } from './auth';
import { I18nProvider } from './i18n-context';
import './styles.css';

// Every API call of the app carries the session's CSRF header (auth.ts).
installAuthFetch();

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <I18nProvider>
      <App />
    </I18nProvider>
  </StrictMode>,
);
