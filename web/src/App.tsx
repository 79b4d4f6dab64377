import { useEffect } from 'react';
import { useI18n } from './i18n-context';
import { otherLang } from './i18n';
import { navigate, useRoute } from './router';
import { TreePage } from './pages/TreePage';
import { ImportPage } from './pages/ImportPage';
import { ProgressPage } from './pages/ProgressPage';
import { AllocationPage } from './pages/AllocationPage';
import type { Route } from './router';

export function App() {
  const { t, lang, setLang } = useI18n();
  const route = useRoute();
  useEffect(() => {
    document.title = t('app.title');
  }, [t]);

  const target = (page: Route['page']): Route => {
    if (page === 'tree') return { page: 'tree', org: null };
    if (page === 'progress') {
      // Keep the organization and day when coming back to the dashboard from itself.
      return route.page === 'progress' ? route : { page: 'progress', org: null, asOf: null };
    }
    if (page === 'allocation') return { page: 'allocation', id: null };
    return { page: 'import' };
  };
  const link = (page: Route['page'], label: string) => (
    <a
      href={page === 'tree' ? '/' : `/${page}`}
      className={route.page === page ? 'nav-link active' : 'nav-link'}
      aria-current={route.page === page ? 'page' : undefined}
      onClick={(event) => {
        event.preventDefault();
        navigate(target(page));
      }}
    >
      {label}
    </a>
  );

  return (
    <div className="app">
      <header className="topbar">
        <div className="brand">
          <span className="brand-mark" aria-hidden="true">★</span>
          <div>
            <div className="brand-title">{t('app.title')}</div>
            <div className="brand-subtitle">{t('app.subtitle')}</div>
          </div>
        </div>
        <nav className="nav">
          {link('tree', t('nav.tree'))}
          {link('progress', t('nav.progress'))}
          {link('allocation', t('nav.allocation'))}
          {link('import', t('nav.import'))}
        </nav>
        <button
          type="button"
          className="lang-switch"
          title={t('lang.switchTitle')}
          onClick={() => setLang(otherLang(lang))}
        >
          {t('lang.switch')}
        </button>
      </header>
      <main className="content">
        {route.page === 'allocation' ? (
          <AllocationPage id={route.id} />
        ) : route.page === 'import' ? (
          <ImportPage />
        ) : route.page === 'progress' ? (
          <ProgressPage org={route.org} asOf={route.asOf} />
        ) : (
          <TreePage selectedFromUrl={route.org} />
        )}
      </main>
    </div>
  );
}
