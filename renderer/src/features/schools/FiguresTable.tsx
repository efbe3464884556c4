import { useTranslation } from 'react-i18next';
import type { SchoolYearFigures } from '../../../../main/api/types';
import { formatNumber } from '../../components/format';

function countWithRate(count: number | null, pupils: number) {
  if (count === null) return '—';
  const rate = pupils > 0 ? (count / pupils) * 100 : null;
  return `${formatNumber(count)} (${formatNumber(rate === null ? null : Math.round(rate * 100) / 100)})`;
}

export function FiguresTable({ figures }: { figures: SchoolYearFigures[] }) {
  const { t } = useTranslation();
  return (
    <table className="data">
      <caption>{t('school.figuresCaption')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('school.columns.schoolYear')}</th>
          <th scope="col" className="num">{t('school.columns.pupils')}</th>
          <th scope="col" className="num">{t('school.columns.suspensions')}</th>
          <th scope="col" className="num">{t('school.columns.temporary')}</th>
          <th scope="col" className="num">{t('school.columns.definitive')}</th>
          <th scope="col" className="num">{t('school.columns.notReenrolled')}</th>
          <th scope="col" className="num">{t('school.columns.absence')}</th>
          <th scope="col" className="num">{t('school.columns.feelSafe')}</th>
        </tr>
      </thead>
      <tbody>
        {figures.map((f) => (
          <tr key={f.schoolYear}>
            <th scope="row">{f.schoolYear}</th>
            <td className="num">{formatNumber(f.pupils)}</td>
            <td className="num">{countWithRate(f.preventiveSuspensions, f.pupils)}</td>
            <td className="num">{countWithRate(f.temporaryExclusions, f.pupils)}</td>
            <td className="num">{countWithRate(f.definitiveExclusions, f.pupils)}</td>
            <td className="num">{formatNumber(f.excludedNotReenrolled)}</td>
            <td className="num">{formatNumber(f.problematicAbsence30)}</td>
            <td className="num">{f.feelSafePct === null ? '—' : `${formatNumber(f.feelSafePct)} %`}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
