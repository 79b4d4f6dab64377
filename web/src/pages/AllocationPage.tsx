// "Phân bổ đại biểu": the convening committee shares the elected seats of its delegates'
// congress among its direct subordinate units (R-ALLOCATION), compares the four methods side by
// side, saves the allocation and exports it (XLSX, PDF). Saved allocations load again exactly.
import { useEffect, useMemo, useState } from 'react';
import {
  METHODS,
  allocationApi,
  asAllocationUnits,
  decimal,
  electedSeats,
  methodLabel,
  methodTotals,
  sourceLabel,
  spread,
} from '../allocation';
import type { Allocation, AllocationRequest, AllocationSummary, AllocationUnit, Comparison, Method } from '../allocation';
import { useI18n } from '../i18n-context';
import type { Lang } from '../i18n';
import './AllocationPage.css';

const text = {
  vi: {
    title: 'Phân bổ đại biểu',
    intro:
      'Ban chấp hành triệu tập đại hội đại biểu quyết định số đại biểu và phân bổ cho các tổ chức đảng trực thuộc; các ủy viên ban chấp hành là đại biểu đương nhiên.',
    org: 'Cấp ủy triệu tập',
    term: 'Nhiệm kỳ',
    total: 'Tổng số đại biểu',
    exOfficio: 'Đại biểu đương nhiên (ủy viên BCH)',
    elected: 'Số đại biểu được bầu',
    method: 'Phương pháp',
    minimum: 'Tối thiểu mỗi đơn vị',
    asOf: 'Số đảng viên tính đến ngày',
    compute: 'Tính phân bổ',
    save: 'Lưu bảng phân bổ',
    single: 'Bảng phân bổ',
    compare: 'So sánh các phương pháp',
    number: 'Số TT',
    unit: 'Đơn vị',
    members: 'Đảng viên chính thức',
    source: 'Nguồn số liệu',
    quota: 'Hạn ngạch',
    remainder: 'Phần dư',
    seats: 'Số đại biểu',
    total_row: 'Cộng',
    differ: 'Khác nhau',
    differing: '{n} đơn vị có kết quả khác nhau giữa các phương pháp (tô màu).',
    same: 'Cả bốn phương pháp cho cùng kết quả với các số liệu này.',
    saved: 'Đã lưu bảng phân bổ số {id}.',
    savedList: 'Các bảng phân bổ đã lưu',
    noSaved: 'Chưa có bảng phân bổ nào được lưu.',
    open: 'Xem',
    showing: 'Bảng phân bổ đã lưu số {id}, lưu lúc {at}',
    xlsx: 'Tải XLSX',
    pdf: 'Tải PDF',
    setAside: 'giữ ở mức tối thiểu',
    ties: 'Ghế quyết định theo quy tắc hòa: ',
    badSeats: 'Số đại biểu được bầu phải lớn hơn 0.',
  },
  en: {
    title: 'Delegate allocation',
    intro:
      'The committee convening a delegates’ congress sets the number of delegates and allocates them to its subordinate units; its own members are delegates ex officio.',
    org: 'Convening committee',
    term: 'Term',
    total: 'Total delegates',
    exOfficio: 'Ex-officio delegates (committee members)',
    elected: 'Elected seats',
    method: 'Method',
    minimum: 'Minimum per unit',
    asOf: 'Members counted as of',
    compute: 'Allocate',
    save: 'Save allocation',
    single: 'Allocation',
    compare: 'Compare the methods',
    number: 'No.',
    unit: 'Unit',
    members: 'Full members',
    source: 'Count from',
    quota: 'Quota',
    remainder: 'Remainder',
    seats: 'Seats',
    total_row: 'Total',
    differ: 'Differs',
    differing: '{n} units get different seats under different methods (highlighted).',
    same: 'All four methods give the same seats for these figures.',
    saved: 'Allocation {id} saved.',
    savedList: 'Saved allocations',
    noSaved: 'No allocation saved yet.',
    open: 'Open',
    showing: 'Saved allocation {id}, saved {at}',
    xlsx: 'Download XLSX',
    pdf: 'Download PDF',
    setAside: 'held at the minimum',
    ties: 'Seats decided by the tie rule: ',
    badSeats: 'The elected seats must be more than 0.',
  },
};

interface OrgOption {
  code: string;
  name: string;
}

function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (_, key: string) => String(values[key] ?? ''));
}

function grouped(value: number, lang: Lang): string {
  return value.toLocaleString(lang === 'vi' ? 'vi-VN' : 'en-US');
}

function today(): string {
  const now = new Date();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

export function AllocationPage({ id }: { id: number | null }) {
  const { lang } = useI18n();
  const t = text[lang];
  const [orgs, setOrgs] = useState<OrgOption[]>([]);
  const [org, setOrg] = useState('');
  const [term, setTerm] = useState('2025-2030');
  const [total, setTotal] = useState('275');
  const [exOfficio, setExOfficio] = useState('41');
  const [method, setMethod] = useState<Method>('largest_remainder');
  const [minimum, setMinimum] = useState('1');
  const [asOf, setAsOf] = useState(today());
  const [view, setView] = useState<'single' | 'compare'>('single');
  const [comparison, setComparison] = useState<Comparison | null>(null);
  const [saved, setSaved] = useState<Allocation | null>(null);
  const [list, setList] = useState<AllocationSummary[]>([]);
  const [error, setError] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const elected = electedSeats(Number(total), Number(exOfficio));

  // Organizations that convene delegates' congresses: the two top levels of the hierarchy.
  useEffect(() => {
    let live = true;
    (async () => {
      const levels = await fetch('/api/v1/levels').then((r) => r.json());
      const ranked = [...levels.items].sort((a: { rank: number }, b: { rank: number }) => a.rank - b.rank);
      const options: OrgOption[] = [];
      for (const level of ranked.slice(0, 2)) {
        const page = await fetch(`/api/v1/organizations?level=${encodeURIComponent(level.code)}&limit=500`).then((r) =>
          r.json(),
        );
        for (const item of page.items) options.push({ code: item.code, name: item.name });
      }
      if (!live) return;
      setOrgs(options);
      setOrg((current) => current || (options[0]?.code ?? ''));
    })().catch((reason: Error) => live && setError(reason.message));
    return () => {
      live = false;
    };
  }, []);

  // A saved allocation named in the address loads as it was computed.
  useEffect(() => {
    if (id === null) return;
    allocationApi
      .get(id)
      .then((allocation) => {
        setSaved(allocation);
        setComparison(null);
        setOrg(allocation.org_code);
        setTerm(allocation.term);
        setMethod(allocation.method ?? 'largest_remainder');
        setMinimum(String(allocation.minimum));
        setAsOf(allocation.as_of);
        setView('single');
      })
      .catch((reason: Error) => setError(reason.message));
  }, [id]);

  useEffect(() => {
    if (!org) return;
    allocationApi
      .list(org)
      .then((answer) => setList(answer.items))
      .catch(() => setList([]));
  }, [org, saved]);

  const request = (): AllocationRequest | null => {
    if (elected === null) {
      setError(t.badSeats);
      return null;
    }
    return { term, method, seats: elected, minimum: Number(minimum), as_of: asOf };
  };

  const compute = async () => {
    const body = request();
    if (!body) return;
    setBusy(true);
    setError(null);
    setNotice(null);
    try {
      setComparison(await allocationApi.compare(org, body));
      setSaved(null);
      if (id !== null) window.history.pushState(null, '', '/allocation');
    } catch (reason) {
      setError((reason as Error).message);
    } finally {
      setBusy(false);
    }
  };

  const save = async () => {
    const body = request();
    if (!body) return;
    setBusy(true);
    setError(null);
    try {
      const allocation = await allocationApi.save(org, body);
      setSaved(allocation);
      setNotice(fill(t.saved, { id: allocation.id ?? '' }));
      window.history.pushState(null, '', `/allocation/${allocation.id}`);
    } catch (reason) {
      setError((reason as Error).message);
    } finally {
      setBusy(false);
    }
  };

  const open = async (summary: AllocationSummary) => {
    try {
      const allocation = await allocationApi.get(summary.id);
      setSaved(allocation);
      setComparison(null);
      setMethod(allocation.method ?? 'largest_remainder');
      setMinimum(String(allocation.minimum));
      setAsOf(allocation.as_of);
      setTerm(allocation.term);
      setView('single');
      setNotice(null);
      window.history.pushState(null, '', `/allocation/${allocation.id}`);
    } catch (reason) {
      setError((reason as Error).message);
    }
  };

  const units: AllocationUnit[] | null = useMemo(() => {
    if (saved) return saved.units;
    if (comparison) return asAllocationUnits(comparison, method);
    return null;
  }, [saved, comparison, method]);

  const differing = comparison ? comparison.units.filter((unit) => unit.differs).length : 0;
  const totals = comparison ? methodTotals(comparison) : null;

  return (
    <div className="allocation-page">
      <h1 className="page-title">{t.title}</h1>
      <p className="hint">{t.intro}</p>
      <section className="panel allocation-form">
        <label className="field">
          <span className="field-label">{t.org}</span>
          <select value={org} onChange={(event) => setOrg(event.target.value)}>
            {orgs.map((option) => (
              <option key={option.code} value={option.code}>
                {option.name}
              </option>
            ))}
          </select>
        </label>
        <label className="field">
          <span className="field-label">{t.term}</span>
          <input value={term} onChange={(event) => setTerm(event.target.value)} />
        </label>
        <label className="field">
          <span className="field-label">{t.total}</span>
          <input type="number" min={1} value={total} onChange={(event) => setTotal(event.target.value)} />
        </label>
        <label className="field">
          <span className="field-label">{t.exOfficio}</span>
          <input type="number" min={0} value={exOfficio} onChange={(event) => setExOfficio(event.target.value)} />
        </label>
        <div className="field">
          <span className="field-label">{t.elected}</span>
          <strong data-testid="elected-seats">{elected ?? '—'}</strong>
        </div>
        <label className="field">
          <span className="field-label">{t.method}</span>
          <select value={method} onChange={(event) => setMethod(event.target.value as Method)}>
            {METHODS.map((m) => (
              <option key={m} value={m}>
                {methodLabel(m, lang)}
              </option>
            ))}
          </select>
        </label>
        <label className="field">
          <span className="field-label">{t.minimum}</span>
          <input type="number" min={0} value={minimum} onChange={(event) => setMinimum(event.target.value)} />
        </label>
        <label className="field">
          <span className="field-label">{t.asOf}</span>
          <input type="date" value={asOf} onChange={(event) => setAsOf(event.target.value)} />
        </label>
        <div className="allocation-actions">
          <button type="button" className="button" disabled={busy || !org} onClick={compute}>
            {t.compute}
          </button>
          <button type="button" className="button" disabled={busy || !org || !comparison} onClick={save}>
            {t.save}
          </button>
        </div>
      </section>

      {error && (
        <div className="alert alert-error" role="alert">
          {error}
        </div>
      )}
      {notice && (
        <div className="alert alert-success" role="status">
          {notice}
        </div>
      )}

      {saved && saved.id !== undefined && (
        <div className="allocation-saved">
          <span>{fill(t.showing, { id: saved.id, at: saved.created_at ?? '' })}</span>
          <a className="button" href={allocationApi.xlsxUrl(saved.id)}>
            {t.xlsx}
          </a>
          <a className="button" href={allocationApi.pdfUrl(saved.id)}>
            {t.pdf}
          </a>
        </div>
      )}

      {units && (
        <section className="panel">
          <div className="allocation-tabs" role="tablist">
            <button
              type="button"
              role="tab"
              aria-selected={view === 'single'}
              className={view === 'single' ? 'tab active' : 'tab'}
              onClick={() => setView('single')}
            >
              {t.single}
            </button>
            {comparison && (
              <button
                type="button"
                role="tab"
                aria-selected={view === 'compare'}
                className={view === 'compare' ? 'tab active' : 'tab'}
                onClick={() => setView('compare')}
              >
                {t.compare}
              </button>
            )}
          </div>

          {view === 'single' || !comparison ? (
            <div className="table-scroll">
              <table className="table allocation-table" data-testid="allocation-table">
                <thead>
                  <tr>
                    <th>{t.number}</th>
                    <th>{t.unit}</th>
                    <th className="num">{t.members}</th>
                    <th>{t.source}</th>
                    <th className="num">{t.quota}</th>
                    <th className="num">{t.remainder}</th>
                    <th className="num">{t.seats}</th>
                  </tr>
                </thead>
                <tbody>
                  {units.map((unit, k) => (
                    <tr key={unit.org_code} data-code={unit.org_code}>
                      <td>{k + 1}</td>
                      <td>
                        {unit.name}
                        {unit.set_aside && <span className="muted"> ({t.setAside})</span>}
                      </td>
                      <td className="num">{grouped(unit.members, lang)}</td>
                      <td className="muted">{sourceLabel(unit.member_source, lang)}</td>
                      <td className="num">{decimal(unit.quota, lang)}</td>
                      <td className="num">{decimal(unit.remainder, lang)}</td>
                      <td className="num strong" data-testid="seats">
                        {unit.seats}
                      </td>
                    </tr>
                  ))}
                </tbody>
                <tfoot>
                  <tr>
                    <td />
                    <td>{t.total_row}</td>
                    <td className="num">{grouped(units.reduce((sum, unit) => sum + unit.members, 0), lang)}</td>
                    <td />
                    <td />
                    <td />
                    <td className="num strong" data-testid="seats-total">
                      {units.reduce((sum, unit) => sum + unit.seats, 0)}
                    </td>
                  </tr>
                </tfoot>
              </table>
              {saved && saved.ties.length > 0 && (
                <p className="hint">
                  {t.ties}
                  {saved.ties.map((tie) => `#${tie.seat} → ${tie.winner}`).join('; ')}
                </p>
              )}
            </div>
          ) : (
            <div className="table-scroll">
              <p className="hint" data-testid="differing">
                {differing > 0 ? fill(t.differing, { n: differing }) : t.same}
              </p>
              <table className="table allocation-table" data-testid="comparison-table">
                <thead>
                  <tr>
                    <th>{t.unit}</th>
                    <th className="num">{t.members}</th>
                    <th className="num">{t.quota}</th>
                    {METHODS.map((m) => (
                      <th key={m} className={m === method ? 'num chosen' : 'num'}>
                        {methodLabel(m, lang)}
                      </th>
                    ))}
                  </tr>
                </thead>
                <tbody>
                  {comparison.units.map((unit) => (
                    <tr key={unit.org_code} className={unit.differs ? 'differs' : undefined} data-code={unit.org_code}>
                      <td>
                        {unit.name}
                        {unit.differs && <span className="differs-badge">{`${t.differ} (±${spread(unit)})`}</span>}
                      </td>
                      <td className="num">{grouped(unit.members, lang)}</td>
                      <td className="num">{decimal(unit.quota, lang)}</td>
                      {METHODS.map((m) => (
                        <td key={m} className={m === method ? 'num chosen' : 'num'}>
                          {unit.seats[m]}
                        </td>
                      ))}
                    </tr>
                  ))}
                </tbody>
                <tfoot>
                  <tr>
                    <td>{t.total_row}</td>
                    <td className="num">{grouped(comparison.members, lang)}</td>
                    <td />
                    {METHODS.map((m) => (
                      <td key={m} className="num strong" data-testid={`total-${m}`}>
                        {totals?.[m]}
                      </td>
                    ))}
                  </tr>
                </tfoot>
              </table>
            </div>
          )}
        </section>
      )}

      <section className="panel">
        <h2 className="section-title">{t.savedList}</h2>
        {list.length === 0 ? (
          <p className="muted">{t.noSaved}</p>
        ) : (
          <table className="table" data-testid="saved-list">
            <tbody>
              {list.map((summary) => (
                <tr key={summary.id}>
                  <td>#{summary.id}</td>
                  <td>{summary.term}</td>
                  <td>{methodLabel(summary.method, lang)}</td>
                  <td className="num">
                    {summary.seats} / {summary.units}
                  </td>
                  <td className="muted">{summary.created_at}</td>
                  <td>
                    <button type="button" className="link-button" onClick={() => open(summary)}>
                      {t.open} #{summary.id}
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
    </div>
  );
}
