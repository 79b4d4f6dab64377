// "Đoàn kiểm tra": a committee's inspection rounds. The list at /inspection (with a form for a
// new round); one round at /inspection/ID — its teams with members, the units with their member
// counts, "Phân công tự động", the schedule by team and as a calendar strip over the window, a
// team or date chosen by hand per unit (the server refuses a move that breaks the plan and says
// why), the findings per unit, and the downloads. Every write answers the whole round.
import { useEffect, useMemo, useState } from 'react';
import { formatNumber } from '../format';
import { useI18n } from '../i18n-context';
import {
  coversDay,
  inspectionApi,
  leaderOf,
  movableTeams,
  scheduleByTeam,
  visitDates,
  windowDays,
} from '../inspection';
import type { Inspection, InspectionUnit, InspectionView } from '../inspection';
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
          <label className="field">
            <span className="field-label">{t('inspection.from')}</span>
            <input
              type="date"
              value={form.window_start}
              onChange={(e) => setForm({ ...form, window_start: e.target.value })}
            />
          </label>
          <label className="field">
            <span className="field-label">{t('inspection.to')}</span>
            <input
              type="date"
              value={form.window_end}
              onChange={(e) => setForm({ ...form, window_end: e.target.value })}
            />
          </label>
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
      </section>

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
            <input
              type="date"
              aria-label={t('inspection.chooseDate', { unit: unit.name })}
              min={view.window_start}
              max={view.window_end}
              value={unit.visit.start}
              disabled={busy}
              onChange={(event) => event.target.value && onMove({ start: event.target.value })}
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
