import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiResult } from '../../api/client';
import { hrefFor } from '../../app/router';
import { formatDate } from '../../components/format';

export type CaseRow = ApiResult<'listReferrals'>[number];

type Column = 'school' | 'phase' | 'member' | 'nextVisit' | 'nextDeadline' | 'overdue' | 'milestones' | 'noProgress';

/** The value a column sorts by; empty dates sort last. */
const SORT_VALUE: Record<Column, (r: CaseRow) => string | number> = {
  school: (r) => r.schoolName.toLowerCase(),
  phase: (r) => r.phase,
  member: (r) => r.assignedMember.toLowerCase() || '\uffff',
  nextVisit: (r) => r.nextVisit ?? '9999',
  nextDeadline: (r) => r.nextDeadline?.date ?? '9999',
  overdue: (r) => -r.overdueActions,
  milestones: (r) => -r.overdueMilestones,
  noProgress: (r) => -r.goalsWithoutProgress,
};

const NUMERIC = new Set<Column>(['overdue', 'milestones', 'noProgress']);

/** One caseload table, sortable by every column (a second click reverses); a closed trajectory shows no counts. */
export function CaseloadTable({ rows, labelledBy, closed = false }: { rows: CaseRow[]; labelledBy: string; closed?: boolean }) {
  const { t } = useTranslation();
  const [sort, setSort] = useState<{ column: Column; descending: boolean }>({ column: closed ? 'school' : 'nextDeadline', descending: false });
  if (rows.length === 0) return <p className="muted">{t('taskforce.noneMatch')}</p>;
  const value = SORT_VALUE[sort.column];
  const sorted = [...rows].sort((a, b) => {
    const [x, y] = [value(a), value(b)];
    const order = x < y ? -1 : x > y ? 1 : a.schoolName.localeCompare(b.schoolName);
    return sort.descending ? -order : order;
  });
  const columns: Column[] = closed ? ['school', 'phase', 'member'] : ['school', 'phase', 'member', 'nextVisit', 'nextDeadline', 'overdue', 'milestones', 'noProgress'];
  const header = (c: Column) => t(`taskforce.columns.${c}`);
  return (
    <div className="table-scroll">
      <table className="data" aria-labelledby={labelledBy}>
        <thead>
          <tr>
            {columns.map((c) => (
              <th key={c} scope="col" className={NUMERIC.has(c) ? 'num' : undefined} aria-sort={sort.column === c ? (sort.descending ? 'descending' : 'ascending') : 'none'}>
                <button
                  type="button"
                  className="link"
                  aria-label={t('taskforce.sortBy', { column: header(c) })}
                  onClick={() => setSort((s) => ({ column: c, descending: s.column === c ? !s.descending : false }))}
                >
                  {header(c)}
                  {sort.column === c ? (sort.descending ? ' ▼' : ' ▲') : ''}
                </button>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {sorted.map((r) => (
            <tr key={r.id}>
              <td>
                <a href={hrefFor({ place: 'referral', id: r.id })}>{r.schoolName}</a> <span className="muted">({r.advice})</span>
              </td>
              <td>{t(`taskforce.phases.${r.phase}`)}</td>
              <td>{r.assignedMember || <span className="muted">{t('taskforce.unassigned')}</span>}</td>
              {!closed && (
                <>
                  <td>{r.nextVisit ? formatDate(r.nextVisit) : '—'}</td>
                  <td>{r.nextDeadline ? `${formatDate(r.nextDeadline.date)} · ${t(`taskforce.agendaKinds.${r.nextDeadline.kind}`)}` : '—'}</td>
                  <td className={`num${r.overdueActions > 0 ? ' alert' : ''}`}>{r.overdueActions}</td>
                  <td className={`num${r.overdueMilestones > 0 ? ' alert' : ''}`}>{r.overdueMilestones}</td>
                  <td className={`num${r.goalsWithoutProgress > 0 ? ' alert' : ''}`}>
                    {r.goalsWithoutProgress} / {r.goals}
                  </td>
                </>
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
