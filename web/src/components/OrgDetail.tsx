import { useEffect, useState } from 'react';
import { api } from '../api';
import type { OrganizationDetail } from '../api';
import { formatNumber, levelLabel } from '../format';
import type { LevelInfo } from '../format';
import { hasMessage } from '../i18n';
import { useI18n } from '../i18n-context';
import { MemberTable } from './MemberTable';

interface Props {
  code: string;
  levels: LevelInfo[];
  onOpen: (code: string) => void;
}

export function OrgDetail({ code, levels, onOpen }: Props) {
  const { t, lang } = useI18n();
  const [detail, setDetail] = useState<OrganizationDetail | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    const controller = new AbortController();
    setError(null);
    api
      .organization(code, controller.signal)
      .then(setDetail)
      .catch((reason: Error) => {
        if (reason.name !== 'AbortError') setError(reason.message);
      });
    return () => controller.abort();
  }, [code]);

  if (error) {
    return (
      <div className="alert alert-error" role="alert">
        {t('common.error')}: {error}
      </div>
    );
  }
  if (!detail || detail.organization.code !== code) return <p className="muted">{t('common.loading')}</p>;

  const { organization, ancestors, counts, summary } = detail;
  const categoryKey = `category.${organization.category}`;
  const rank = (level: string) => levels.find((candidate) => candidate.code === level)?.rank ?? 99;
  const sortedCounts = [...counts].sort((a, b) => rank(a.level) - rank(b.level));
  // A level's members count each organization with everything below it, so members add up
  // only within a level; the whole subtree's members are the summary's.
  const organizationsTotal = counts.reduce((sum, count) => sum + count.organizations, 0);

  return (
    <article className="detail" aria-labelledby="detail-title">
      <nav className="breadcrumb" aria-label="breadcrumb">
        {ancestors.map((ancestor) => (
          <span key={ancestor.code} className="breadcrumb-item">
            <button type="button" className="link-button" onClick={() => onOpen(ancestor.code)}>
              {ancestor.name}
            </button>
            <span className="breadcrumb-sep" aria-hidden="true">
              ›
            </span>
          </span>
        ))}
        <span className="breadcrumb-item current" aria-current="page">
          {organization.name}
        </span>
      </nav>
      <h2 id="detail-title" className="detail-title">
        {organization.name}
      </h2>
      <dl className="facts">
        <div>
          <dt>{t('detail.code')}</dt>
          <dd className="mono">{organization.code}</dd>
        </div>
        <div>
          <dt>{t('detail.level')}</dt>
          <dd>{levelLabel(levels, organization.level, lang)}</dd>
        </div>
        {organization.category && (
          <div>
            <dt>{t('detail.category')}</dt>
            <dd>{hasMessage(categoryKey) ? t(categoryKey) : organization.category}</dd>
          </div>
        )}
      </dl>

      <div className="stats">
        <div className="stat">
          <div className="stat-value" data-testid="detail-members">
            {formatNumber(summary.members, lang)}
          </div>
          <div className="stat-label">{t('detail.members.col')}</div>
        </div>
        <div className="stat">
          <div className="stat-value">{formatNumber(summary.children, lang)}</div>
          <div className="stat-label">{t('detail.children')}</div>
        </div>
        <div className="stat">
          <div className="stat-value">{formatNumber(summary.units, lang)}</div>
          <div className="stat-label">{t('detail.units')}</div>
        </div>
      </div>

      <h3 className="section-title">{t('detail.countsHeading')}</h3>
      <table className="table counts-table">
        <thead>
          <tr>
            <th>{t('detail.level.col')}</th>
            <th className="num">{t('detail.organizations.col')}</th>
            <th className="num">{t('detail.members.col')}</th>
          </tr>
        </thead>
        <tbody>
          {sortedCounts.map((count) => (
            <tr key={count.level}>
              <td>{levelLabel(levels, count.level, lang)}</td>
              <td className="num">{formatNumber(count.organizations, lang)}</td>
              <td className="num">{formatNumber(count.members, lang)}</td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th>{t('detail.total')}</th>
            <th className="num">{formatNumber(organizationsTotal, lang)}</th>
            <th className="num">{formatNumber(summary.members, lang)}</th>
          </tr>
        </tfoot>
      </table>

      <h3 className="section-title">{t('detail.membersHeading')}</h3>
      <MemberTable root={code} />
    </article>
  );
}
