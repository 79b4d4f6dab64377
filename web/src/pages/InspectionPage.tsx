// "Đoàn kiểm tra": a committee's inspection rounds. The list at /inspection (with a form for a
// new round); one round at /inspection/ID — its teams with members, the units with their member
// counts, "Phân công tự động", the schedule by team and as a calendar strip over the window, a
// team or date chosen by hand per unit (the server refuses a move that breaks the plan and says
// why), the findings per unit, and the downloads. Every write answers the whole round. The round
// is set up on the page too: its title, window and rules, a team added with its leader and
// members found in the registry, a team removed, the units chosen in a picker over the
// committee's subtree (with member counts and a search). Days are typed DD/MM/YYYY.
import { useEffect, useMemo, useState } from 'react';
import { ConfirmButton } from '../components/ConfirmButton';
import { DateInput } from '../components/DateInput';
import { formatNumber } from '../format';
import type { MessageKey } from '../i18n';
import { useI18n } from '../i18n-context';
import {
  chosenFrom,
  coversDay,
  inspectionApi,
  leaderOf,
  matchingNodes,
  movableTeams,
  personFromMember,
  roundInput,
  scheduleByTeam,
  teamDraft,
  teamProblem,
  toggleUnit,
  unitChoices,
  unitsChanged,
  visitDates,
  windowDays,
  withPerson,
} from '../inspection';
import type {
  ChosenUnit,
  Inspection,
  InspectionRole,
  InspectionUnit,
  InspectionView,
  RoundInput,
  TeamPerson,
} from '../inspection';
import type { Member, Organization } from '../api';
import type { OrgNode } from '../tree';
import { navigate } from '../router';
import './InspectionPage.css';

const vi = (iso: string) => iso.split('-').reverse().join('/');

export function InspectionPage({ id }: { id: number | null }) {
  return id === null ? <InspectionList /> : <InspectionRound id={id} />;
}

function InspectionList() {
  const { t } = useI18n();
  const [items, setItems] = useState<Inspection[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [form, setForm] = useState({
    org_code: '',
    term: '2020-2025',
    title: '',
    window_start: '',
    window_end: '',
    min_units_per_team: 1,
    max_units_per_team: 4,
  });
  const [formError, setFormError] = useState<string | null>(null);

  useEffect(() => {
    inspectionApi
      .list()
      .then((list) => setItems(list.items))
      .catch((reason: Error) => setError(reason.message));
  }, []);

  const create = async () => {
    setFormError(null);
    try {
      const view = await inspectionApi.create(form);
      navigate({ page: 'inspection', id: view.id });
    } catch (reason) {
      setFormError((reason as Error).message);
    }
  };

  return (
    <div className="inspection-page">
      <section className="panel">
        <h1 className="page-title">{t('inspection.heading')}</h1>
        <p className="hint">{t('inspection.intro')}</p>
        {error && <div className="alert alert-error">{error}</div>}
        {items === null ? (
          <p className="muted">{t('common.loading')}</p>
        ) : items.length === 0 ? (
          <p className="muted">{t('inspection.none')}</p>
        ) : (
          <table className="table" data-testid="inspection-list">
            <thead>
              <tr>
                <th>{t('inspection.number')}</th>
                <th>{t('inspection.organization')}</th>
                <th>{t('inspection.term')}</th>
                <th>{t('inspection.window')}</th>
                <th>{t('inspection.status')}</th>
              </tr>
            </thead>
            <tbody>
              {items.map((item) => (
                <tr key={item.id}>
                  <td>{item.id}</td>
                  <td>
                    <a
                      href={`/inspection/${item.id}`}
                      onClick={(event) => {
                        event.preventDefault();
                        navigate({ page: 'inspection', id: item.id });
                      }}
                    >
                      {item.org_name ?? item.org_code}
                    </a>
                    <div className="muted small">{item.title}</div>
                  </td>
                  <td>{item.term}</td>
                  <td className="nowrap">
                    {vi(item.window_start)} – {vi(item.window_end)}
                  </td>
                  <td>{item.assigned_at ? t('inspection.assigned') : t('inspection.notAssigned')}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
      <section className="panel">
        <h2 className="panel-title">{t('inspection.new')}</h2>
        <div className="inspection-form-row">
          <label className="field">
            <span className="field-label">{t('inspection.orgCode')}</span>
            <input value={form.org_code} onChange={(e) => setForm({ ...form, org_code: e.target.value })} />
          </label>
          <label className="field">
            <span className="field-label">{t('inspection.term')}</span>
            <input value={form.term} onChange={(e) => setForm({ ...form, term: e.target.value })} />
          </label>
          <div className="field">
            <span className="field-label">{t('inspection.from')}</span>
            <DateInput
              label={t('inspection.from')}
              value={form.window_start}
              onChange={(iso) => setForm({ ...form, window_start: iso })}
            />
          </div>
          <div className="field">
            <span className="field-label">{t('inspection.to')}</span>
            <DateInput
              label={t('inspection.to')}
              value={form.window_end}
              min={form.window_start || undefined}
              onChange={(iso) => setForm({ ...form, window_end: iso })}
            />
          </div>
          <label className="field">
            <span className="field-label">{t('inspection.maxUnits')}</span>
            <input
              type="number"
              min={1}
              value={form.max_units_per_team}
              onChange={(e) => setForm({ ...form, max_units_per_team: Number(e.target.value) })}
            />
          </label>
          <label className="field inspection-grow">
            <span className="field-label">{t('inspection.title')}</span>
            <input value={form.title} onChange={(e) => setForm({ ...form, title: e.target.value })} />
          </label>
          <button type="button" className="button primary" onClick={create}>
            {t('inspection.create')}
          </button>
        </div>
        {formError && <p className="field-error">{formError}</p>}
      </section>
    </div>
  );
}

function InspectionRound({ id }: { id: number }) {
  const { t, lang } = useI18n();
  const [view, setView] = useState<InspectionView | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [refusal, setRefusal] = useState<{ unit: string; message: string } | null>(null);
  const [findingUnit, setFindingUnit] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    setView(null);
    setError(null);
    inspectionApi
      .view(id)
      .then(setView)
      .catch((reason: Error) => setError(reason.message));
  }, [id]);

  const run = async (action: () => Promise<InspectionView>, done: string, unit?: string) => {
    setBusy(true);
    setError(null);
    setRefusal(null);
    try {
      setView(await action());
      setNotice(done);
      return true;
    } catch (reason) {
      const message = (reason as Error).message;
      if (unit) setRefusal({ unit, message });
      else setError(message);
      setNotice(null);
      return false;
    } finally {
      setBusy(false);
    }
  };

  const days = useMemo(
    () => (view ? windowDays(view.window_start, view.window_end, view.working_days_only) : []),
    [view],
  );
  if (error && !view) return <div className="alert alert-error">{error}</div>;
  if (!view) return <p className="muted">{t('common.loading')}</p>;

  const teamName = new Map(view.teams.map((team) => [team.id, team.name]));
  const schedule = scheduleByTeam(view);
  const assigned = view.units.filter((unit) => unit.visit).length;
  const findingOf = view.units.find((unit) => unit.org_code === findingUnit) ?? null;

  return (
    <div className="inspection-page">
      <section className="panel">
        <a
          href="/inspection"
          className="muted small"
          onClick={(event) => {
            event.preventDefault();
            navigate({ page: 'inspection', id: null });
          }}
        >
          ← {t('inspection.heading')}
        </a>
        <h1 className="page-title" data-testid="inspection-title">
          {view.title}
        </h1>
        <p className="inspection-facts">
          <span>{view.org_name}</span>
          <span>
            {t('inspection.term')} {view.term}
          </span>
          <span>
            {vi(view.window_start)} – {vi(view.window_end)}
          </span>
          <span>
            {t('inspection.rules', { min: view.min_units_per_team, max: view.max_units_per_team })}
          </span>
          <span data-testid="inspection-counts">
            {t('inspection.counts', { teams: view.teams.length, units: view.units.length, assigned })}
          </span>
        </p>
        <div className="inspection-actions">
          <button
            type="button"
            className="button primary"
            disabled={busy}
            onClick={() => run(() => inspectionApi.assign(id), t('inspection.assignedNotice'))}
          >
            {t('inspection.assign')}
          </button>
          <a className="button" href={inspectionApi.reportPdfUrl(id)} download data-testid="download-pdf">
            {t('inspection.reportPdf')}
          </a>
          <a className="button" href={inspectionApi.scheduleXlsxUrl(id)} download>
            {t('inspection.scheduleXlsx')}
          </a>
          <a className="button" href={inspectionApi.scheduleIcsUrl(id)} download>
            {t('inspection.scheduleIcs')}
          </a>
        </div>
        {notice && (
          <div className="alert alert-success" role="status">
            {notice}
          </div>
        )}
        {error && <div className="alert alert-error">{error}</div>}
        {view.problems.length > 0 && (
          <div className="alert alert-error" data-testid="inspection-problems">
            <strong>{t('inspection.problems')}</strong>
            <ul>
              {view.problems.map((problem) => (
                <li key={problem}>{problem}</li>
              ))}
            </ul>
          </div>
        )}
      </section>

      <RoundSettings
        key={`settings-${view.window_start}-${view.window_end}-${view.title}`}
        view={view}
        busy={busy}
        onSave={(input) => run(() => inspectionApi.edit(id, input), t('inspection.settingsSaved'))}
      />

      <section className="panel">
        <h2 className="panel-title">{t('inspection.teams')}</h2>
        <div className="inspection-teams" data-testid="inspection-teams">
          {view.teams.map((team) => (
            <div className="inspection-team" key={team.id}>
              <div className="inspection-team-head">
                <strong>{team.name}</strong>
                <span className="muted small">
                  {t('inspection.teamLoad', { units: team.units, members: formatNumber(team.load, lang) })}
                </span>
              </div>
              <div className="inspection-team-remove">
                <ConfirmButton
                  label={t('inspection.removeTeam')}
                  accessibleLabel={t('inspection.removeTeamOf', { team: team.name })}
                  question={t('inspection.removeTeamAsk', { team: team.name })}
                  disabled={busy}
                  onConfirm={() =>
                    run(() => inspectionApi.removeTeam(id, team.id), t('inspection.teamRemoved', { team: team.name }))
                  }
                />
              </div>
              <ul className="inspection-members">
                {team.members.map((member) => (
                  <li key={`${member.full_name}-${member.role}`}>
                    {member.full_name}
                    <span className="muted small"> — {member.role_text}</span>
                    {member.home_org && <span className="muted small"> ({member.home_org})</span>}
                  </li>
                ))}
              </ul>
            </div>
          ))}
        </div>
        <TeamForm
          view={view}
          busy={busy}
          onAdd={(name, people) =>
            run(() => inspectionApi.addTeam(id, teamDraft(name, people)), t('inspection.teamAdded', { team: name || t('inspection.teamDefault') }))
          }
        />
      </section>

      <UnitPicker
        key={view.units.map((u) => `${u.org_code}:${u.visit_days}`).join(',')}
        view={view}
        busy={busy}
        onSave={(chosen) =>
          run(() => inspectionApi.chooseUnits(id, unitChoices(chosen)), t('inspection.unitsSaved', { n: chosen.length }))
        }
      />

      <section className="panel">
        <h2 className="panel-title">{t('inspection.units')}</h2>
        <div className="table-scroll">
          <table className="table" data-testid="inspection-units">
            <thead>
              <tr>
                <th>{t('inspection.unit')}</th>
                <th className="num">{t('inspection.members')}</th>
                <th>{t('inspection.team')}</th>
                <th>{t('inspection.date')}</th>
                <th>{t('inspection.finding')}</th>
              </tr>
            </thead>
            <tbody>
              {view.units.map((unit) => (
                <UnitRow
                  key={unit.org_code}
                  unit={unit}
                  view={view}
                  teamName={teamName}
                  busy={busy}
                  refusal={refusal?.unit === unit.org_code ? refusal.message : null}
                  onMove={(move) =>
                    run(
                      () => inspectionApi.moveVisit(id, unit.visit!.id, move),
                      t('inspection.movedNotice', { unit: unit.name }),
                      unit.org_code,
                    )
                  }
                  onFinding={() => setFindingUnit(unit.org_code)}
                />
              ))}
            </tbody>
          </table>
        </div>
      </section>

      {findingOf && (
        <FindingForm
          key={findingOf.org_code}
          unit={findingOf}
          busy={busy}
          onCancel={() => setFindingUnit(null)}
          onSave={async (finding) => {
            const ok = await run(
              () => inspectionApi.recordFinding(id, { unit: findingOf.org_code, ...finding }),
              t('inspection.findingSaved', { unit: findingOf.name }),
            );
            if (ok) setFindingUnit(null);
          }}
        />
      )}

      <section className="panel">
        <h2 className="panel-title">{t('inspection.schedule')}</h2>
        {assigned === 0 ? (
          <p className="muted">{t('inspection.notAssignedHint')}</p>
        ) : (
          <>
            <table className="table" data-testid="inspection-schedule">
              <thead>
                <tr>
                  <th>{t('inspection.team')}</th>
                  <th>{t('inspection.leader')}</th>
                  <th>{t('inspection.visits')}</th>
                </tr>
              </thead>
              <tbody>
                {schedule.teams.map(({ team, units }) => (
                  <tr key={team.id}>
                    <td className="nowrap">{team.name}</td>
                    <td>{leaderOf(team)}</td>
                    <td>
                      {units.map((unit) => (
                        <div key={unit.org_code}>
                          <span className="nowrap">{visitDates(unit.visit!)}</span>: {unit.name}
                        </div>
                      ))}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
            <h3 className="section-title">{t('inspection.calendar')}</h3>
            <div className="inspection-strip-scroll">
              <table className="inspection-strip" data-testid="inspection-calendar">
                <thead>
                  <tr>
                    <th />
                    {days.map((day) => (
                      <th key={day} title={vi(day)}>
                        {day.slice(8)}
                        <div className="muted">{day.slice(5, 7)}</div>
                      </th>
                    ))}
                  </tr>
                </thead>
                <tbody>
                  {schedule.teams.map(({ team, units }) => (
                    <tr key={team.id}>
                      <th className="nowrap">{team.name}</th>
                      {days.map((day) => {
                        const unit = units.find((u) => coversDay(u.visit!, day));
                        return (
                          <td
                            key={day}
                            className={unit ? (unit.visit!.manual ? 'busy manual' : 'busy') : ''}
                            title={unit ? `${vi(day)}: ${unit.name}` : vi(day)}
                          />
                        );
                      })}
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </>
        )}
      </section>
    </div>
  );
}

function UnitRow({
  unit,
  view,
  teamName,
  busy,
  refusal,
  onMove,
  onFinding,
}: {
  unit: InspectionUnit;
  view: InspectionView;
  teamName: Map<number, string>;
  busy: boolean;
  refusal: string | null;
  onMove: (move: { team_id?: number; start?: string }) => void;
  onFinding: () => void;
}) {
  const { t, lang } = useI18n();
  const teams = movableTeams(view, unit);
  return (
    <>
      <tr data-testid={`unit-${unit.org_code}`}>
        <td>
          {unit.name}
          <div className="muted small mono">{unit.org_code}</div>
        </td>
        <td className="num">{formatNumber(unit.members, lang)}</td>
        <td>
          {unit.visit ? (
            <select
              aria-label={t('inspection.chooseTeam', { unit: unit.name })}
              value={unit.visit.team_id}
              disabled={busy}
              onChange={(event) => onMove({ team_id: Number(event.target.value) })}
            >
              {teams.map((team) => (
                <option key={team.id} value={team.id}>
                  {team.name}
                </option>
              ))}
              {!teams.some((team) => team.id === unit.visit!.team_id) && (
                <option value={unit.visit.team_id}>{teamName.get(unit.visit.team_id)}</option>
              )}
            </select>
          ) : (
            <span className="muted">{t('inspection.notAssigned')}</span>
          )}
          {unit.fixed_team_id !== null && <span className="status inspection-fixed">{t('inspection.fixed')}</span>}
        </td>
        <td className="nowrap">
          {unit.visit ? (
            <DateInput
              label={t('inspection.chooseDate', { unit: unit.name })}
              min={view.window_start}
              max={view.window_end}
              value={unit.visit.start}
              disabled={busy}
              onChange={(iso) => iso && iso !== unit.visit!.start && onMove({ start: iso })}
            />
          ) : (
            '—'
          )}
          {unit.visit && unit.visit.end !== unit.visit.start && (
            <span className="muted small"> → {vi(unit.visit.end)}</span>
          )}
        </td>
        <td>
          {unit.finding ? <span className="status status-full">{t('inspection.findingDone')}</span> : null}{' '}
          <button type="button" className="link-button" onClick={onFinding}>
            {unit.finding ? t('inspection.findingEdit') : t('inspection.findingRecord')}
          </button>
        </td>
      </tr>
      {refusal && (
        <tr>
          <td colSpan={5}>
            <div className="alert alert-error" role="alert" data-testid="move-refused">
              {refusal}
            </div>
          </td>
        </tr>
      )}
    </>
  );
}

function FindingForm({
  unit,
  busy,
  onSave,
  onCancel,
}: {
  unit: InspectionUnit;
  busy: boolean;
  onSave: (finding: { strengths: string; weaknesses: string; recommendations: string }) => void;
  onCancel: () => void;
}) {
  const { t } = useI18n();
  const [finding, setFinding] = useState({
    strengths: unit.finding?.strengths ?? '',
    weaknesses: unit.finding?.weaknesses ?? '',
    recommendations: unit.finding?.recommendations ?? '',
  });
  const area = (key: keyof typeof finding, label: string) => (
    <label className="field">
      <span className="field-label">{label}</span>
      <textarea
        rows={3}
        value={finding[key]}
        onChange={(event) => setFinding({ ...finding, [key]: event.target.value })}
      />
    </label>
  );
  return (
    <section className="panel inspection-finding" aria-label={t('inspection.findingFor', { unit: unit.name })}>
      <h2 className="panel-title">{t('inspection.findingFor', { unit: unit.name })}</h2>
      {area('strengths', t('inspection.strengths'))}
      {area('weaknesses', t('inspection.weaknesses'))}
      {area('recommendations', t('inspection.recommendations'))}
      <div className="inspection-actions">
        <button type="button" className="button primary" disabled={busy} onClick={() => onSave(finding)}>
          {t('inspection.findingSave')}
        </button>
        <button type="button" className="button" onClick={onCancel}>
          {t('inspection.cancel')}
        </button>
      </div>
    </section>
  );
}

// The round's title, window and rules (PUT /inspections/ID), folded away until opened.
function RoundSettings({
  view,
  busy,
  onSave,
}: {
  view: InspectionView;
  busy: boolean;
  onSave: (input: RoundInput) => Promise<boolean>;
}) {
  const { t } = useI18n();
  const [form, setForm] = useState<RoundInput>(() => roundInput(view));
  const [badDate, setBadDate] = useState(false);
  return (
    <details className="panel inspection-settings">
      <summary className="panel-title">{t('inspection.settings')}</summary>
      <form
        className="inspection-form-row"
        onSubmit={(event) => {
          event.preventDefault();
          void onSave(form);
        }}
      >
        <label className="field inspection-grow">
          <span className="field-label">{t('inspection.title')}</span>
          <input value={form.title} onChange={(e) => setForm({ ...form, title: e.target.value })} />
        </label>
        <div className="field">
          <span className="field-label">{t('inspection.from')}</span>
          <DateInput
            label={`${t('inspection.window')} ${t('inspection.from')}`}
            value={form.window_start}
            required
            onCheck={(c) => setBadDate(c.kind !== 'date')}
            onChange={(iso) => setForm({ ...form, window_start: iso })}
          />
        </div>
        <div className="field">
          <span className="field-label">{t('inspection.to')}</span>
          <DateInput
            label={`${t('inspection.window')} ${t('inspection.to')}`}
            value={form.window_end}
            min={form.window_start || undefined}
            required
            onCheck={(c) => setBadDate(c.kind !== 'date')}
            onChange={(iso) => setForm({ ...form, window_end: iso })}
          />
        </div>
        <label className="field">
          <span className="field-label">{t('inspection.minUnits')}</span>
          <input
            type="number"
            min={1}
            className="inspection-number"
            value={form.min_units_per_team}
            onChange={(e) => setForm({ ...form, min_units_per_team: Number(e.target.value) })}
          />
        </label>
        <label className="field">
          <span className="field-label">{t('inspection.maxUnits')}</span>
          <input
            type="number"
            min={1}
            className="inspection-number"
            value={form.max_units_per_team}
            onChange={(e) => setForm({ ...form, max_units_per_team: Number(e.target.value) })}
          />
        </label>
        <label className="inspection-check">
          <input
            type="checkbox"
            checked={form.working_days_only}
            onChange={(e) => setForm({ ...form, working_days_only: e.target.checked })}
          />
          {t('inspection.workingDaysOnly')}
        </label>
        <button type="submit" className="button primary" disabled={busy || badDate}>
          {t('inspection.saveSettings')}
        </button>
      </form>
    </details>
  );
}

const ROLES: InspectionRole[] = ['leader', 'deputy', 'member'];

// A new team: its name, and the people found in the registry (or typed by name) with their roles.
function TeamForm({
  view,
  busy,
  onAdd,
}: {
  view: InspectionView;
  busy: boolean;
  onAdd: (name: string, people: TeamPerson[]) => Promise<boolean>;
}) {
  const { t } = useI18n();
  const [name, setName] = useState('');
  const [people, setPeople] = useState<TeamPerson[]>([]);
  const [query, setQuery] = useState('');
  const [found, setFound] = useState<Member[] | null>(null);
  const [searchError, setSearchError] = useState<string | null>(null);

  useEffect(() => {
    const text = query.trim();
    if (text.length < 2) {
      setFound(null);
      return;
    }
    let current = true;
    const timer = window.setTimeout(() => {
      inspectionApi.searchMembers(view.org_code, text).then(
        (page) => current && (setFound(page.items), setSearchError(null)),
        (reason: Error) => current && setSearchError(reason.message),
      );
    }, 250);
    return () => {
      current = false;
      window.clearTimeout(timer);
    };
  }, [query, view.org_code]);

  const add = (person: TeamPerson) => {
    setPeople(withPerson(people, person));
    setQuery('');
    setFound(null);
  };
  const problem = teamProblem(people);
  const roleText = (role: InspectionRole) => t(`inspection.role.${role}` as MessageKey);
  const nextName = t('inspection.teamNumber', { n: view.teams.length + 1 });

  return (
    <form
      className="inspection-team-form"
      aria-label={t('inspection.addTeam')}
      onSubmit={async (event) => {
        event.preventDefault();
        if (problem) return;
        if (await onAdd(name, people)) {
          setName('');
          setPeople([]);
        }
      }}
    >
      <h3 className="section-title">{t('inspection.addTeam')}</h3>
      <div className="inspection-form-row">
        <label className="field">
          <span className="field-label">{t('inspection.teamName')}</span>
          <input value={name} placeholder={nextName} onChange={(e) => setName(e.target.value)} />
        </label>
        <label className="field inspection-grow">
          <span className="field-label">{t('inspection.findPerson')}</span>
          <input
            type="search"
            value={query}
            placeholder={t('inspection.findPersonHint')}
            onChange={(e) => setQuery(e.target.value)}
          />
        </label>
      </div>
      {searchError && <p className="field-error">{searchError}</p>}
      {query.trim().length >= 2 && (
        <ul className="inspection-found" data-testid="person-results">
          {(found ?? []).map((member) => (
            <li key={member.id}>
              <span>
                <strong>{member.full_name}</strong>{' '}
                <span className="muted small">
                  {member.id} · {member.org_name}
                </span>
              </span>
              <span className="inspection-found-actions">
                {ROLES.map((role) => (
                  <button
                    key={role}
                    type="button"
                    className="button small"
                    aria-label={`${roleText(role)}: ${member.full_name}`}
                    onClick={() => add(personFromMember(member, role))}
                  >
                    {roleText(role)}
                  </button>
                ))}
              </span>
            </li>
          ))}
          {found && found.length === 0 && <li className="muted">{t('inspection.noPerson')}</li>}
          <li>
            <span className="muted small">{t('inspection.addByName', { name: query.trim() })}</span>
            <span className="inspection-found-actions">
              {ROLES.map((role) => (
                <button
                  key={role}
                  type="button"
                  className="button small secondary"
                  aria-label={`${roleText(role)} (${t('inspection.byName')}): ${query.trim()}`}
                  onClick={() => add({ member_id: '', full_name: query.trim(), home_org: '', role })}
                >
                  {roleText(role)}
                </button>
              ))}
            </span>
          </li>
        </ul>
      )}
      {people.length > 0 && (
        <ul className="inspection-chosen-people" data-testid="team-people">
          {people.map((person) => (
            <li key={person.member_id || person.full_name}>
              {person.full_name}
              <span className="muted small"> — {roleText(person.role)}</span>
              {person.home_org && <span className="muted small"> ({person.home_org})</span>}{' '}
              <button
                type="button"
                className="link-button"
                aria-label={t('inspection.dropPerson', { name: person.full_name })}
                onClick={() => setPeople(people.filter((p) => p !== person))}
              >
                ×
              </button>
            </li>
          ))}
        </ul>
      )}
      <div className="inspection-actions">
        <button type="submit" className="button primary" disabled={busy || Boolean(problem)}>
          {t('inspection.addTeamButton')}
        </button>
        {problem && <span className="muted small">{t(problem)}</span>}
      </div>
    </form>
  );
}

// The units of the round: the committee's subtree browsed level by level (member counts from the
// registry) or searched, ticked into a list with the days a team spends at each; saved at once.
function UnitPicker({
  view,
  busy,
  onSave,
}: {
  view: InspectionView;
  busy: boolean;
  onSave: (chosen: ChosenUnit[]) => Promise<boolean>;
}) {
  const { t, lang } = useI18n();
  const [chosen, setChosen] = useState<ChosenUnit[]>(() => chosenFrom(view));
  const [trail, setTrail] = useState<{ code: string; name: string }[]>([{ code: view.org_code, name: view.org_name }]);
  const [nodes, setNodes] = useState<OrgNode[] | null>(null);
  const [filter, setFilter] = useState('');
  const [found, setFound] = useState<Organization[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const at = trail[trail.length - 1];

  useEffect(() => {
    let current = true;
    setNodes(null);
    inspectionApi.children(at.code).then(
      (page) => current && setNodes(page.items),
      (reason: Error) => current && setError(reason.message),
    );
    return () => {
      current = false;
    };
  }, [at.code]);

  // A search of the whole subtree for what the level shown does not hold.
  useEffect(() => {
    const text = filter.trim();
    if (text.length < 2) {
      setFound(null);
      return;
    }
    let current = true;
    const timer = window.setTimeout(() => {
      inspectionApi.searchUnits(view.org_code, text).then(
        (page) => current && setFound(page.items.filter((o) => o.code !== view.org_code)),
        (reason: Error) => current && setError(reason.message),
      );
    }, 250);
    return () => {
      current = false;
      window.clearTimeout(timer);
    };
  }, [filter, view.org_code]);

  const picked = new Map(chosen.map((c) => [c.org_code, c]));
  const shown = nodes ? matchingNodes(nodes, filter) : [];
  const shownCodes = new Set(shown.map((n) => n.code));
  const elsewhere = (found ?? []).filter((o) => !shownCodes.has(o.code));
  const total = chosen.reduce((sum, c) => sum + (c.members ?? 0), 0);
  const changed = unitsChanged(view, chosen);

  const tick = (unit: { code: string; name: string; members: number | null }, on: boolean) =>
    setChosen(toggleUnit(chosen, { org_code: unit.code, name: unit.name, members: unit.members }, on));

  return (
    <details className="panel inspection-picker" open={view.units.length === 0}>
      <summary className="panel-title">
        {t('inspection.pickUnits')}{' '}
        <span className="muted small" data-testid="picker-count">
          {t('inspection.pickedCount', { n: chosen.length, members: formatNumber(total, lang) })}
        </span>
      </summary>
      {error && <div className="alert alert-error">{error}</div>}
      <div className="inspection-picker-grid">
        <div>
          <nav className="inspection-trail" aria-label={t('inspection.trail')}>
            {trail.map((step, index) => (
              <span key={step.code}>
                {index > 0 && ' › '}
                {index === trail.length - 1 ? (
                  <strong>{step.name}</strong>
                ) : (
                  <button type="button" className="link-button" onClick={() => setTrail(trail.slice(0, index + 1))}>
                    {step.name}
                  </button>
                )}
              </span>
            ))}
          </nav>
          <input
            type="search"
            className="inspection-picker-filter"
            aria-label={t('inspection.filterUnits')}
            placeholder={t('inspection.filterUnits')}
            value={filter}
            onChange={(e) => setFilter(e.target.value)}
          />
          <div className="inspection-picker-actions">
            <button
              type="button"
              className="button small"
              disabled={shown.length === 0}
              onClick={() =>
                setChosen(
                  shown.reduce(
                    (list, node) => toggleUnit(list, { org_code: node.code, name: node.name, members: node.summary.members }, true),
                    chosen,
                  ),
                )
              }
            >
              {t('inspection.pickAllShown', { n: shown.length })}
            </button>
            <button type="button" className="button small" disabled={chosen.length === 0} onClick={() => setChosen([])}>
              {t('inspection.pickNone')}
            </button>
          </div>
          {nodes === null ? (
            <p className="muted">{t('common.loading')}</p>
          ) : (
            <ul className="inspection-picker-list" data-testid="unit-picker">
              {shown.map((node) => (
                <li key={node.code}>
                  <label>
                    <input
                      type="checkbox"
                      checked={picked.has(node.code)}
                      onChange={(e) => tick({ code: node.code, name: node.name, members: node.summary.members }, e.target.checked)}
                    />
                    <span>
                      {node.name} <span className="muted small mono">{node.code}</span>
                    </span>
                  </label>
                  <span className="muted small num">{t('tree.members', { n: formatNumber(node.summary.members, lang) })}</span>
                  {node.summary.children > 0 && (
                    <button
                      type="button"
                      className="link-button small"
                      aria-label={t('inspection.openUnit', { name: node.name })}
                      onClick={() => {
                        setFilter('');
                        setTrail([...trail, { code: node.code, name: node.name }]);
                      }}
                    >
                      {t('inspection.below', { n: node.summary.children })}
                    </button>
                  )}
                </li>
              ))}
              {shown.length === 0 && <li className="muted">{t('inspection.noUnits')}</li>}
              {elsewhere.length > 0 && <li className="inspection-picker-sep muted small">{t('inspection.elsewhere')}</li>}
              {elsewhere.map((org) => (
                <li key={org.code}>
                  <label>
                    <input
                      type="checkbox"
                      checked={picked.has(org.code)}
                      onChange={(e) => tick({ code: org.code, name: org.name, members: org.members }, e.target.checked)}
                    />
                    <span>
                      {org.name} <span className="muted small mono">{org.code}</span>
                    </span>
                  </label>
                  <span className="muted small">{org.parent_code}</span>
                </li>
              ))}
            </ul>
          )}
        </div>
        <div>
          <h3 className="section-title">{t('inspection.pickedList', { n: chosen.length })}</h3>
          {chosen.length === 0 ? (
            <p className="muted">{t('inspection.pickedNone')}</p>
          ) : (
            <div className="inspection-picked-scroll">
            <table className="table inspection-picked" data-testid="picked-units">
              <thead>
                <tr>
                  <th>{t('inspection.unit')}</th>
                  <th className="num">{t('inspection.members')}</th>
                  <th>{t('inspection.visitDays')}</th>
                  <th />
                </tr>
              </thead>
              <tbody>
                {chosen.map((unit) => (
                  <tr key={unit.org_code}>
                    <td>{unit.name}</td>
                    <td className="num">{unit.members === null ? '—' : formatNumber(unit.members, lang)}</td>
                    <td>
                      <input
                        type="number"
                        min={1}
                        max={10}
                        className="inspection-number"
                        aria-label={t('inspection.visitDaysOf', { unit: unit.name })}
                        value={unit.visit_days}
                        onChange={(e) =>
                          setChosen(
                            chosen.map((c) => (c.org_code === unit.org_code ? { ...c, visit_days: Number(e.target.value) || 1 } : c)),
                          )
                        }
                      />
                    </td>
                    <td>
                      <button
                        type="button"
                        className="link-button"
                        aria-label={t('inspection.dropUnit', { unit: unit.name })}
                        onClick={() => setChosen(chosen.filter((c) => c.org_code !== unit.org_code))}
                      >
                        ×
                      </button>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
            </div>
          )}
          <div className="inspection-actions">
            <button
              type="button"
              className="button primary"
              disabled={busy || !changed || chosen.length === 0}
              onClick={() => void onSave(chosen)}
            >
              {t('inspection.saveUnits', { n: chosen.length })}
            </button>
            {changed && <span className="muted small">{t('inspection.unitsUnsaved')}</span>}
          </div>
        </div>
      </div>
    </details>
  );
}
