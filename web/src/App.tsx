import { useEffect } from 'react';
import { useI18n } from './i18n-context';
import { otherLang } from './i18n';
import { navigate, useRoute } from './router';
import { TreePage } from './pages/TreePage';
import { ImportPage } from './pages/ImportPage';

export function App() {
  const { t, lang, setLang } = useI18n();
  const route = useRoute();
  useEffect(() => {
    document.title = t('app.title');
  }, [t]);

  const link = (page: 'tree' | 'import', label: string) => (
    <a
      href={page === 'tree' ? '/' : '/import'}
      className={route.page === page ? 'nav-link active' : 'nav-link'}
      aria-current={route.page === page ? 'page' : undefined}
      onClick={(event) => {
        event.preventDefault();
        navigate(page === 'tree' ? { page: 'tree', org: null } : { page: 'import' });
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
        {route.page === 'import' ? <ImportPage /> : <TreePage selectedFromUrl={route.org} />}
      </main>
    </div>
  );
}
