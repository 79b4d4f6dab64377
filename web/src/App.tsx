import { useEffect, useState } from 'react';
import { useI18n } from './i18n-context';
import { otherLang } from './i18n';
import { navigate, useRoute } from './router';
import { TreePage } from './pages/TreePage';
import { ImportPage } from './pages/ImportPage';
import { ProgressPage } from './pages/ProgressPage';
import { AllocationPage } from './pages/AllocationPage';
import { RollPage } from './pages/RollPage';
import { GroupsPage } from './pages/GroupsPage';
import { ElectionsPage } from './pages/ElectionsPage';
import { CountPage } from './pages/CountPage';
import { ProjectorPage } from './pages/ProjectorPage';
import { PlanPage } from './pages/PlanPage';
import { InspectionPage } from './pages/InspectionPage';
import { ResultsPage } from './pages/ResultsPage';
import { PersonnelPage } from './pages/PersonnelPage';
import { DocumentsPage } from './pages/DocumentsPage';
import { PublicDraftPage } from './pages/PublicDraftPage';
import { LoginPage } from './pages/LoginPage';
import { AuditPage } from './pages/AuditPage';
import { BuildingPage } from './pages/BuildingPage';
import { UserMenu } from './pages/UserMenu';
import type { Route } from './router';
import { menuAllows } from './auth';
import type { Grant } from './auth';

export function App() {
  const { t, lang, setLang } = useI18n();
  const route = useRoute();
  // The signed-in user's grants, once the top bar has them: until then only the entries every
  // role may use.
  const [grants, setGrants] = useState<Grant[]>([]);
  // These pages set their own title (the round, the draft).
  const ownTitle = route.page === 'count' || route.page === 'projector' || route.page === 'public-draft';
  useEffect(() => {
    if (!ownTitle) document.title = t('app.title');
  }, [t, ownTitle]);

  const target = (page: Route['page']): Route => {
    if (page === 'tree') return { page: 'tree', org: null };
    if (page === 'progress') {
      // Keep the organization and day when coming back to the dashboard from itself.
      return route.page === 'progress' ? route : { page: 'progress', org: null, asOf: null };
    }
    if (page === 'allocation') return { page: 'allocation', id: null };
    if (page === 'plan') return route.page === 'plan' ? route : { page: 'plan', org: null, term: null };
    if (page === 'roll') return route.page === 'roll' ? route : { page: 'roll', org: null, term: null };
    if (page === 'groups') return route.page === 'groups' ? route : { page: 'groups', org: null, term: null };
    if (page === 'elections') {
      return route.page === 'elections' ? route : { page: 'elections', org: null, term: null, election: null };
    }
    if (page === 'inspection') return { page: 'inspection', id: null };
    if (page === 'audit') return { page: 'audit' };
    if (page === 'building') return route.page === 'building' ? route : { page: 'building', org: null };
    if (page === 'results') return route.page === 'results' ? route : { page: 'results', org: null, term: null };
    if (page === 'personnel') return route.page === 'personnel' ? route : { page: 'personnel', org: null, term: null };
    if (page === 'documents') {
      return route.page === 'documents' ? route : { page: 'documents', org: null, term: null, version: null };
    }
    return { page: 'import' };
  };
  // A round's count belongs to the elections.
  const current = route.page === 'count' || route.page === 'projector' ? 'elections' : route.page;
  const link = (page: Route['page'], label: string) => (
    <a
      key={page}
      href={page === 'tree' ? '/' : `/${page}`}
      className={current === page ? 'nav-link active' : 'nav-link'}
      aria-current={current === page ? 'page' : undefined}
      onClick={(event) => {
        event.preventDefault();
        navigate(target(page));
      }}
    >
      {label}
    </a>
  );

  // The menu, grouped as the work goes: the registry, the congress round, the congress itself.
  const menu: { title: string; items: [Route['page'], string][] }[] = [
    {
      title: t('nav.group.registry'),
      items: [
        ['tree', t('nav.tree')],
        ['import', t('nav.import')],
        ['audit', t('nav.audit')],
      ],
    },
    {
      title: t('nav.group.round'),
      items: [
        ['progress', t('nav.progress')],
        ['plan', t('nav.plan')],
        ['groups', t('nav.groups')],
        ['inspection', t('nav.inspection')],
        ['building', t('nav.building')],
      ],
    },
    {
      title: t('nav.group.congress'),
      items: [
        ['allocation', t('nav.allocation')],
        ['roll', t('nav.roll')],
        ['elections', t('nav.elections')],
        ['results', t('nav.results')],
        ['personnel', t('nav.personnel')],
        ['documents', t('nav.documents')],
      ],
    },
  ];

  // The hall's screen has no menus: the page is the whole screen.
  if (route.page === 'projector') return <ProjectorPage round={route.round} />;
  // A citizen's page: no sign-in, no menus of the app.
  if (route.page === 'public-draft') return <PublicDraftPage id={route.id} />;
  if (route.page === 'login') return <LoginPage />;

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
        <UserMenu onSession={(session) => setGrants(session.grants)} />
        <button
          type="button"
          className="lang-switch"
          title={t('lang.switchTitle')}
          onClick={() => setLang(otherLang(lang))}
        >
          {t('lang.switch')}
        </button>
      </header>
      <div className="layout">
        <nav className="sidebar" aria-label={t('nav.label')}>
          {menu.map((group) => (
            <div className="nav-group" key={group.title}>
              <div className="nav-group-title">{group.title}</div>
              {group.items.filter(([page]) => menuAllows(page, grants)).map(([page, label]) => link(page, label))}
            </div>
          ))}
        </nav>
        <main className="content">
          {route.page === 'audit' ? (
            <AuditPage />
          ) : route.page === 'building' ? (
            <BuildingPage org={route.org} />
          ) : route.page === 'documents' ? (
            <DocumentsPage org={route.org} term={route.term} version={route.version} />
          ) : route.page === 'results' ? (
            <ResultsPage org={route.org} term={route.term} />
          ) : route.page === 'personnel' ? (
            <PersonnelPage org={route.org} term={route.term} />
          ) : route.page === 'groups' ? (
            <GroupsPage org={route.org} term={route.term} />
          ) : route.page === 'inspection' ? (
            <InspectionPage id={route.id} />
          ) : route.page === 'plan' ? (
            <PlanPage org={route.org} term={route.term} />
          ) : route.page === 'allocation' ? (
            <AllocationPage id={route.id} />
          ) : route.page === 'roll' ? (
            <RollPage org={route.org} term={route.term} />
          ) : route.page === 'elections' ? (
            <ElectionsPage org={route.org} term={route.term} election={route.election} />
          ) : route.page === 'count' ? (
            <CountPage round={route.round} />
          ) : route.page === 'import' ? (
            <ImportPage />
          ) : route.page === 'progress' ? (
            <ProgressPage org={route.org} asOf={route.asOf} />
          ) : (
            <TreePage selectedFromUrl={route.org} />
          )}
        </main>
      </div>
    </div>
  );
}
