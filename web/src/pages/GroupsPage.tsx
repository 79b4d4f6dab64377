// "Tổ công tác, tiểu ban, khen thưởng": a committee's working and guidance groups for its congress
// round (members, assigned units with their congress dates, who attends — a double booking is
// refused by the server and its clash shown here), the subcommittees' tasks (overdue in red, a box
// to mark one done) and the commendations after the round (table, add, export). Every write
// answers the section as it stands, which the page shows as it is. A group, a member, an assigned
// unit, a subcommittee with its members and tasks, a commendation can be removed, each after a
// confirmation. Days are shown and typed DD/MM/YYYY.
import { useCallback, useEffect, useState } from 'react';
import { ApiError } from '../api';
import { ConfirmButton } from '../components/ConfirmButton';
import { DateInput } from '../components/DateInput';
import { formatDayMonthYear } from '../dates';
import type { MessageKey } from '../i18n';
import { useI18n } from '../i18n-context';
import {
  byKind,
  coverage,
  emptyCommendation,
  groupsApi,
  missingFields,
  notAttending,
  spanText,
  taskClass,
  todayIso,
} from '../groups';
import type {
  Commendation,
  Commendations,
  GroupKind,
  GroupRole,
  SubcommitteeKind,
  Subcommittees,
  WorkingGroup,
  WorkingGroups,
} from '../groups';
import { navigate } from '../router';
import './GroupsPage.css';

type Tab = 'groups' | 'subcommittees' | 'commendations';

function message(error: unknown): string {
  return error instanceof ApiError || error instanceof Error ? error.message : String(error);
}

export function GroupsPage({ org, term }: { org: string | null; term: string | null }) {
  const { t } = useI18n();
  const [tab, setTab] = useState<Tab>('groups');
  const [code, setCode] = useState(org ?? 'BADINH');
  const [termText, setTermText] = useState(term ?? '2020-2025');

  if (!org || !term) {
    return (
      <div className="groups-page">
        <h1 className="page-title">{t('groups.heading')}</h1>
        <form
          className="panel groups-pick"
          onSubmit={(event) => {
            event.preventDefault();
            navigate({ page: 'groups', org: code.trim(), term: termText.trim() });
          }}
        >
          <label>
            {t('groups.code')} <input value={code} onChange={(e) => setCode(e.target.value)} />
          </label>
          <label>
            {t('groups.term')} <input value={termText} onChange={(e) => setTermText(e.target.value)} />
          </label>
          <button className="button primary" type="submit">
            {t('groups.open')}
          </button>
        </form>
      </div>
    );
  }
  return (
    <div className="groups-page">
      <h1 className="page-title">{t('groups.heading')}</h1>
      <p className="muted groups-congress">
        {org} · {t('groups.termLabel')} {term}
      </p>
      <div className="groups-tabs" role="tablist">
        {(['groups', 'subcommittees', 'commendations'] as Tab[]).map((name) => (
          <button
            key={name}
            type="button"
            role="tab"
            aria-selected={tab === name}
            className={tab === name ? 'groups-tab active' : 'groups-tab'}
            onClick={() => setTab(name)}
          >
            {t(`groups.tab.${name}` as MessageKey)}
          </button>
        ))}
      </div>
      {tab === 'groups' ? (
        <GroupsTab org={org} term={term} />
      ) : tab === 'subcommittees' ? (
        <SubcommitteesTab org={org} term={term} />
      ) : (
        <CommendationsTab org={org} term={term} />
      )}
    </div>
  );
}

function GroupsTab({ org, term }: { org: string; term: string }) {
  const { t } = useI18n();
  const [view, setView] = useState<WorkingGroups | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [clash, setClash] = useState<string | null>(null);
  const [kind, setKind] = useState<GroupKind>('working');
  const [name, setName] = useState('');

  useEffect(() => {
    groupsApi.groups(org, term).then(setView, (e) => setError(message(e)));
  }, [org, term]);

  const write = useCallback(async (action: () => Promise<WorkingGroups>) => {
    setClash(null);
    setError(null);
    try {
      setView(await action());
      return true;
    } catch (e) {
      if (e instanceof ApiError && e.status === 409 && e.field === 'assignment_id') setClash(e.message);
      else setError(message(e));
      return false;
    }
  }, []);

  if (!view) return error ? <div className="alert alert-error">{error}</div> : <p className="muted">{t('groups.loading')}</p>;
  const split = byKind(view.groups);
  const covered = coverage(view.groups);
  const date = (iso: string) => formatDayMonthYear(iso);
  return (
    <section className="groups-section">
      <p className="groups-summary">
        {t('groups.summary', {
          working: split.working.length,
          guidance: split.guidance.length,
          units: covered.units,
          unattended: covered.unattended,
        })}
      </p>
      {clash && (
        <div className="alert alert-error groups-clash" role="alert">
          <strong>{t('groups.refused')}</strong> {clash}
        </div>
      )}
      {error && <div className="alert alert-error">{error}</div>}
      {view.clashes.length > 0 && (
        <div className="alert alert-error">
          <strong>{t('groups.clashes')}</strong>
          <ul>
            {view.clashes.map((c, k) => (
              <li key={k}>{c.message}</li>
            ))}
          </ul>
        </div>
      )}
      <form
        className="panel groups-add"
        onSubmit={(event) => {
          event.preventDefault();
          write(() => groupsApi.addGroup(org, term, { kind, name })).then((ok) => ok && setName(''));
        }}
      >
        <select value={kind} onChange={(e) => setKind(e.target.value as GroupKind)} aria-label={t('groups.kind')}>
          <option value="working">{t('groups.kind.working')}</option>
          <option value="guidance">{t('groups.kind.guidance')}</option>
        </select>
        <input value={name} placeholder={t('groups.namePlaceholder')} onChange={(e) => setName(e.target.value)} />
        <button className="button" type="submit">
          {t('groups.addGroup')}
        </button>
      </form>
      <div className="groups-list">
        {[...split.working, ...split.guidance].map((group) => (
          <GroupCard key={group.id} group={group} org={org} term={term} date={date} write={write} />
        ))}
      </div>
    </section>
  );
}

function GroupCard({
  group,
  org,
  term,
  date,
  write,
}: {
  group: WorkingGroup;
  org: string;
  term: string;
  date: (iso: string) => string;
  write: (action: () => Promise<WorkingGroups>) => Promise<boolean>;
}) {
  const { t } = useI18n();
  const [person, setPerson] = useState('');
  const [role, setRole] = useState<GroupRole>('member');
  const [unitCode, setUnitCode] = useState('');
  const [choice, setChoice] = useState<Record<number, number>>({});
  return (
    <article className="panel group-card" data-group={group.id}>
      <header className="group-head">
        <h2 className="panel-title">{group.name}</h2>
        <span className="group-head-actions">
          <span className={`status group-kind-${group.kind}`}>{t(`groups.kind.${group.kind}` as MessageKey)}</span>
          <ConfirmButton
            label={t('groups.remove')}
            accessibleLabel={t('groups.removeNamed', { name: group.name })}
            question={t('groups.removeGroupAsk', { name: group.name })}
            onConfirm={() => write(() => groupsApi.removeGroup(org, term, group.id))}
          />
        </span>
      </header>
      {group.note && <p className="muted">{group.note}</p>}
      <ul className="group-members">
        {group.members.map((m) => (
          <li key={m.id}>
            {m.full_name}
            {m.role !== 'member' && <span className="muted"> — {t(`groups.role.${m.role}` as MessageKey)}</span>}{' '}
            <ConfirmButton
              className="link-button group-remove"
              label="×"
              accessibleLabel={t('groups.removeMemberOf', { name: m.full_name, group: group.name })}
              question={t('groups.removeMemberAsk', { name: m.full_name })}
              onConfirm={() => write(() => groupsApi.removeMember(org, term, group.id, m.id))}
            />
          </li>
        ))}
      </ul>
      <div className="group-units-scroll">
      <table className="group-units">
        <thead>
          <tr>
            <th>{t('groups.unit')}</th>
            <th>{t('groups.dates')}</th>
            <th>{t('groups.attending')}</th>
            <th>{t('groups.book')}</th>
          </tr>
        </thead>
        <tbody>
          {group.units.map((unit) => {
            const options = notAttending(group, unit);
            const picked = choice[unit.assignment_id] ?? options[0]?.id;
            return (
              <tr key={unit.assignment_id} data-unit={unit.unit_code}>
                <td>
                  {unit.unit_name}{' '}
                  <ConfirmButton
                    className="link-button group-remove"
                    label="×"
                    accessibleLabel={t('groups.unassignOf', { unit: unit.unit_name, group: group.name })}
                    question={t('groups.unassignAsk', { unit: unit.unit_name })}
                    onConfirm={() => write(() => groupsApi.unassign(org, term, group.id, unit.assignment_id))}
                  />
                </td>
                <td className="nowrap">
                  {spanText(unit.start, unit.end, date) || <span className="muted">{t('groups.noDates')}</span>}
                  {unit.start && <span className="muted"> {unit.held ? t('groups.held') : t('groups.planned')}</span>}
                </td>
                <td>
                  {unit.attendees.map((a, k) => (
                    <span key={a.id} className="group-attendee">
                      {k > 0 && ', '}
                      {a.full_name}
                      <button
                        type="button"
                        className="link-button group-remove"
                        aria-label={t('groups.removeAttendance', { name: a.full_name, unit: unit.unit_name })}
                        onClick={() => write(() => groupsApi.removeAttendance(org, term, group.id, a.id))}
                      >
                        ×
                      </button>
                    </span>
                  ))}
                </td>
                <td>
                  {options.length > 0 && (
                    <span className="group-book">
                      <select
                        aria-label={t('groups.bookWho')}
                        value={picked}
                        onChange={(e) => setChoice({ ...choice, [unit.assignment_id]: Number(e.target.value) })}
                      >
                        {options.map((m) => (
                          <option key={m.id} value={m.id}>
                            {m.full_name}
                          </option>
                        ))}
                      </select>
                      <button
                        className="button"
                        type="button"
                        onClick={() => picked !== undefined && write(() => groupsApi.attend(org, term, group.id, picked, unit.assignment_id))}
                      >
                        {t('groups.attend')}
                      </button>
                    </span>
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      </div>
      <div className="group-forms">
        <form
          onSubmit={(event) => {
            event.preventDefault();
            write(() => groupsApi.addMember(org, term, group.id, { full_name: person, member_id: '', role })).then(
              (ok) => ok && setPerson(''),
            );
          }}
        >
          <input value={person} placeholder={t('groups.memberName')} onChange={(e) => setPerson(e.target.value)} />
          <select value={role} onChange={(e) => setRole(e.target.value as GroupRole)} aria-label={t('groups.roleLabel')}>
            <option value="leader">{t('groups.role.leader')}</option>
            <option value="deputy">{t('groups.role.deputy')}</option>
            <option value="member">{t('groups.role.member')}</option>
          </select>
          <button className="button" type="submit">
            {t('groups.addMember')}
          </button>
        </form>
        <form
          onSubmit={(event) => {
            event.preventDefault();
            write(() => groupsApi.assign(org, term, group.id, unitCode.trim())).then((ok) => ok && setUnitCode(''));
          }}
        >
          <input value={unitCode} placeholder={t('groups.unitCode')} onChange={(e) => setUnitCode(e.target.value)} />
          <button className="button" type="submit">
            {t('groups.assign')}
          </button>
        </form>
      </div>
    </article>
  );
}

function SubcommitteesTab({ org, term }: { org: string; term: string }) {
  const { t } = useI18n();
  const [asOf, setAsOf] = useState(todayIso());
  const [view, setView] = useState<Subcommittees | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [drafts, setDrafts] = useState<Record<number, { title: string; due: string }>>({});
  const [people, setPeople] = useState<Record<number, string>>({});
  const [newKind, setNewKind] = useState<SubcommitteeKind>('documents');
  const [newName, setNewName] = useState('');

  useEffect(() => {
    if (!/^\d{4}-\d{2}-\d{2}$/.test(asOf)) return;
    // An answer for a date typed over since is dropped.
    let current = true;
    groupsApi.subcommittees(org, term, asOf).then(
      (answer) => current && setView(answer),
      (e) => current && setError(message(e)),
    );
    return () => {
      current = false;
    };
  }, [org, term, asOf]);

  const write = async (action: () => Promise<Subcommittees>) => {
    setError(null);
    try {
      setView(await action());
      return true;
    } catch (e) {
      setError(message(e));
      return false;
    }
  };

  return (
    <section className="groups-section">
      <div className="groups-asof">
        <span>{t('groups.asOf')}</span> <DateInput label={t('groups.asOf')} value={asOf} onChange={(iso) => iso && setAsOf(iso)} />
      </div>
      <form
        className="panel groups-add"
        aria-label={t('groups.addSubcommittee')}
        onSubmit={(event) => {
          event.preventDefault();
          write(() => groupsApi.addSubcommittee(org, term, { kind: newKind, name: newName.trim() }, asOf)).then(
            (ok) => ok && setNewName(''),
          );
        }}
      >
        <select value={newKind} onChange={(e) => setNewKind(e.target.value as SubcommitteeKind)} aria-label={t('groups.subKind')}>
          {(['documents', 'personnel', 'logistics', 'other'] as SubcommitteeKind[]).map((kind) => (
            <option key={kind} value={kind}>
              {t(`groups.subKind.${kind}` as MessageKey)}
            </option>
          ))}
        </select>
        <input value={newName} placeholder={t('groups.subNamePlaceholder')} onChange={(e) => setNewName(e.target.value)} />
        <button className="button" type="submit">
          {t('groups.addSubcommittee')}
        </button>
      </form>
      {error && <div className="alert alert-error">{error}</div>}
      {!view ? (
        <p className="muted">{t('groups.loading')}</p>
      ) : view.subcommittees.length === 0 ? (
        <p className="muted">{t('groups.noSubcommittees')}</p>
      ) : (
        view.subcommittees.map((s) => {
          const draft = drafts[s.id] ?? { title: '', due: '' };
          return (
            <article key={s.id} className="panel subcommittee-card" data-subcommittee={s.kind}>
              <header className="group-head">
                <h2 className="panel-title">{s.name}</h2>
                <span className="group-head-actions">
                  {s.overdue > 0 && <span className="status task-overdue-badge">{t('groups.overdueCount', { count: s.overdue })}</span>}
                  <ConfirmButton
                    label={t('groups.remove')}
                    accessibleLabel={t('groups.removeNamed', { name: s.name })}
                    question={t('groups.removeSubcommitteeAsk', { name: s.name })}
                    onConfirm={() => write(() => groupsApi.removeSubcommittee(org, term, s.id, asOf))}
                  />
                </span>
              </header>
              <ul className="group-members subcommittee-members">
                {s.members.map((m) => (
                  <li key={m.id}>
                    {m.full_name}
                    {m.role !== 'member' && <span className="muted"> — {t(`groups.subRole.${m.role}` as MessageKey)}</span>}{' '}
                    <ConfirmButton
                      className="link-button group-remove"
                      label="×"
                      accessibleLabel={t('groups.removeMemberOf', { name: m.full_name, group: s.name })}
                      question={t('groups.removeMemberAsk', { name: m.full_name })}
                      onConfirm={() => write(() => groupsApi.removeSubcommitteeMember(org, term, s.id, m.id, asOf))}
                    />
                  </li>
                ))}
              </ul>
              <table className="subcommittee-tasks">
                <thead>
                  <tr>
                    <th>{t('groups.done')}</th>
                    <th>{t('groups.task')}</th>
                    <th>{t('groups.owner')}</th>
                    <th>{t('groups.due')}</th>
                    <th>{t('groups.status')}</th>
                    <th />
                  </tr>
                </thead>
                <tbody>
                  {s.tasks.map((task) => (
                    <tr key={task.id} className={taskClass(task.status)} data-task={task.id}>
                      <td>
                        <input
                          type="checkbox"
                          aria-label={t('groups.markDone', { task: task.title })}
                          checked={task.done}
                          onChange={(e) => write(() => groupsApi.setDone(org, term, task.id, e.target.checked, asOf, asOf))}
                        />
                      </td>
                      <td>{task.title}</td>
                      <td>{task.owner}</td>
                      <td className="nowrap">{formatDayMonthYear(task.due)}</td>
                      <td>
                        {t(`groups.status.${task.status}` as MessageKey)}
                        {task.done_on && <span className="muted"> {formatDayMonthYear(task.done_on)}</span>}
                      </td>
                      <td>
                        <ConfirmButton
                          label={t('groups.remove')}
                          accessibleLabel={t('groups.removeNamed', { name: task.title })}
                          question={t('groups.removeTaskAsk', { name: task.title })}
                          onConfirm={() => write(() => groupsApi.removeTask(org, term, task.id, asOf))}
                        />
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
              <form
                className="group-forms"
                onSubmit={(event) => {
                  event.preventDefault();
                  write(() => groupsApi.addTask(org, term, s.id, { title: draft.title, owner: '', due: draft.due }, asOf)).then(
                    (ok) => ok && setDrafts({ ...drafts, [s.id]: { title: '', due: '' } }),
                  );
                }}
              >
                <input
                  value={draft.title}
                  placeholder={t('groups.task')}
                  onChange={(e) => setDrafts({ ...drafts, [s.id]: { ...draft, title: e.target.value } })}
                />
                <DateInput
                  value={draft.due}
                  label={t('groups.due')}
                  onChange={(iso) => setDrafts({ ...drafts, [s.id]: { ...draft, due: iso } })}
                />
                <button className="button" type="submit">
                  {t('groups.addTask')}
                </button>
              </form>
              <form
                className="group-forms"
                onSubmit={(event) => {
                  event.preventDefault();
                  write(() =>
                    groupsApi.addSubcommitteeMember(org, term, s.id, { full_name: people[s.id] ?? '', member_id: '', role: 'member' }, asOf),
                  ).then((ok) => ok && setPeople({ ...people, [s.id]: '' }));
                }}
              >
                <input
                  value={people[s.id] ?? ''}
                  placeholder={t('groups.memberName')}
                  aria-label={t('groups.subMemberOf', { name: s.name })}
                  onChange={(e) => setPeople({ ...people, [s.id]: e.target.value })}
                />
                <button className="button" type="submit">
                  {t('groups.addMember')}
                </button>
              </form>
            </article>
          );
        })
      )}
    </section>
  );
}

function CommendationsTab({ org, term }: { org: string; term: string }) {
  const { t } = useI18n();
  const [view, setView] = useState<Commendations | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [form, setForm] = useState<Commendation>(() => emptyCommendation('individual', todayIso()));

  useEffect(() => {
    groupsApi.commendations(org, term).then(setView, (e) => setError(message(e)));
  }, [org, term]);

  const missing = missingFields(form);
  const field = (name: keyof Commendation, label: string) => (
    <label className="commendation-field">
      {label}
      <input
        value={(form[name] as string | null) ?? ''}
        aria-invalid={missing.includes(name)}
        onChange={(e) => setForm({ ...form, [name]: e.target.value })}
      />
    </label>
  );

  return (
    <section className="groups-section">
      {error && <div className="alert alert-error">{error}</div>}
      {view && (
        <p className="groups-summary">
          {t('groups.commendedSummary', { collectives: view.collectives, individuals: view.individuals })}{' '}
          <a className="button" href={groupsApi.xlsxUrl(org, term)} download>
            {t('groups.exportXlsx')}
          </a>{' '}
          <a className="button" href={groupsApi.pdfUrl(org, term)} download>
            {t('groups.exportPdf')}
          </a>
        </p>
      )}
      <form
        className="panel commendation-form"
        onSubmit={(event) => {
          event.preventDefault();
          setError(null);
          groupsApi.addCommendation(org, term, form).then(
            (answer) => {
              setView(answer);
              setForm(emptyCommendation(form.kind, form.decided_on ?? todayIso()));
            },
            (e) => setError(message(e)),
          );
        }}
      >
        <label className="commendation-field">
          {t('groups.recipient')}
          <select value={form.kind} onChange={(e) => setForm({ ...form, kind: e.target.value as Commendation['kind'] })}>
            <option value="collective">{t('groups.collective')}</option>
            <option value="individual">{t('groups.individual')}</option>
          </select>
        </label>
        {form.kind === 'collective' ? field('org_code', t('groups.orgCode')) : field('full_name', t('groups.fullName'))}
        {field('award', t('groups.award'))}
        {field('decision', t('groups.decision'))}
        <div className="commendation-field">
          {t('groups.decidedOn')}
          <DateInput
            label={t('groups.decidedOn')}
            value={form.decided_on ?? ''}
            onChange={(iso) => setForm({ ...form, decided_on: iso || null })}
          />
        </div>
        {field('reason', t('groups.reason'))}
        <button className="button primary" type="submit" disabled={missing.length > 0}>
          {t('groups.addCommendation')}
        </button>
      </form>
      {view && (
        <div className="table-scroll">
          <table className="commendation-table">
            <thead>
              <tr>
                <th>#</th>
                <th>{t('groups.recipient')}</th>
                <th>{t('groups.name')}</th>
                <th>{t('groups.award')}</th>
                <th>{t('groups.reason')}</th>
                <th>{t('groups.decision')}</th>
                <th />
              </tr>
            </thead>
            <tbody>
              {view.commendations.map((c, k) => (
                <tr key={c.id}>
                  <td>{k + 1}</td>
                  <td>{c.kind === 'collective' ? t('groups.collective') : t('groups.individual')}</td>
                  <td>{c.full_name}</td>
                  <td>{c.award}</td>
                  <td>{c.reason}</td>
                  <td className="nowrap">
                    {c.decision} · {formatDayMonthYear(c.decided_on)}
                  </td>
                  <td>
                    {c.id !== undefined && (
                      <ConfirmButton
                        label={t('groups.remove')}
                        accessibleLabel={t('groups.removeNamed', { name: c.full_name })}
                        question={t('groups.removeCommendationAsk', { name: c.full_name })}
                        onConfirm={() =>
                          groupsApi.removeCommendation(org, term, c.id!).then(setView, (e) => setError(message(e)))
                        }
                      />
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
