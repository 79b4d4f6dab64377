import { useEffect, useState } from 'react';
import { api } from '../api';
import type { Member, Page } from '../api';
import { formatDate, formatNumber, pageCount } from '../format';
import { hasMessage } from '../i18n';
import { useI18n } from '../i18n-context';

const PAGE_SIZE = 20;

// Members of a subtree, one page at a time, in the order the API gives (R-ORDER: given name,
// family name, middle names, under Vietnamese collation).
export function MemberTable({ root }: { root: string }) {
  const { t, lang } = useI18n();
  const [pageIndex, setPageIndex] = useState(0);
  const [page, setPage] = useState<Page<Member> | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => setPageIndex(0), [root]);

  useEffect(() => {
    const controller = new AbortController();
    setError(null);
    api
      .members({ root, offset: pageIndex * PAGE_SIZE, limit: PAGE_SIZE }, controller.signal)
      .then(setPage)
      .catch((reason: Error) => {
        if (reason.name !== 'AbortError') setError(reason.message);
      });
    return () => controller.abort();
  }, [root, pageIndex]);

  if (error) return <div className="alert alert-error">{error}</div>;
  if (!page) return <p className="muted">{t('common.loading')}</p>;
  if (page.total === 0) return <p className="muted">{t('detail.membersNone')}</p>;

  const pages = pageCount(page.total, PAGE_SIZE);
  const label = (prefix: string, word: string) => {
    const key = `${prefix}.${word}`;
    return hasMessage(key) ? t(key) : word;
  };
  return (
    <div className="members">
      <table className="table" data-testid="member-table">
        <thead>
          <tr>
            <th className="num">{t('members.no')}</th>
            <th>{t('members.name')}</th>
            <th>{t('members.birth')}</th>
            <th>{t('members.gender')}</th>
            <th>{t('members.org')}</th>
            <th>{t('members.status')}</th>
          </tr>
        </thead>
        <tbody>
          {page.items.map((member, index) => (
            <tr key={member.id}>
              <td className="num muted">{formatNumber(page.offset + index + 1, lang)}</td>
              <td className="strong">{member.full_name}</td>
              <td className="nowrap">{formatDate(member.birth_date, lang)}</td>
              <td>{member.gender ? label('gender', member.gender) : ''}</td>
              <td>{member.org_name}</td>
              <td>
                {/* The status is a personal field: absent for an observer (docs/security.md). */}
                {member.status ? (
                  <span className={`status status-${member.status}`}>{label('status', member.status)}</span>
                ) : null}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <div className="pager">
        <button
          type="button"
          className="button"
          disabled={pageIndex === 0}
          onClick={() => setPageIndex((index) => index - 1)}
        >
          {t('members.prev')}
        </button>
        <span className="muted">
          {t('members.page', {
            page: formatNumber(pageIndex + 1, lang),
            pages: formatNumber(pages, lang),
            total: formatNumber(page.total, lang),
          })}
        </span>
        <button
          type="button"
          className="button"
          disabled={pageIndex + 1 >= pages}
          onClick={() => setPageIndex((index) => index + 1)}
        >
          {t('members.next')}
        </button>
      </div>
    </div>
  );
}
