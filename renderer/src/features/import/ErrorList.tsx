import { useVirtualizer } from '@tanstack/react-virtual';
import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { ImportStatus } from './store';

const ROW_HEIGHT = 34;

/** The error list; long lists render only the rows in view so thousands of errors stay smooth. */
export function ErrorList({ errors }: { errors: ImportStatus['errors'] }) {
  const { t } = useTranslation();
  const scroller = useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualizer({ count: errors.length, getScrollElement: () => scroller.current, estimateSize: () => ROW_HEIGHT, overscan: 12 });
  const items = virtualizer.getVirtualItems();
  const top = items[0]?.start ?? 0;
  const bottom = virtualizer.getTotalSize() - (items[items.length - 1]?.end ?? 0);
  return (
    <div ref={scroller} className="import-errors" style={{ maxHeight: "24rem", overflow: "auto" }} tabIndex={0} role="region" aria-label={t('import.errorsTitle', { count: errors.length })}>
      <table className="data compact">
        <thead>
          <tr>
            <th scope="col" className="num">{t('import.colRow')}</th>
            <th scope="col">{t('import.colColumn')}</th>
            <th scope="col">{t('import.colValue')}</th>
            <th scope="col">{t('import.colReason')}</th>
          </tr>
        </thead>
        <tbody>
          {top > 0 && <tr aria-hidden="true" style={{ height: top }} />}
          {items.map((item) => {
            const e = errors[item.index];
            return (
              <tr key={item.index} style={{ height: ROW_HEIGHT }}>
                <td className="num">{e.row}</td>
                <td>{e.column}</td>
                <td className="mono">{e.value}</td>
                <td>{e.reason}</td>
              </tr>
            );
          })}
          {bottom > 0 && <tr aria-hidden="true" style={{ height: bottom }} />}
        </tbody>
      </table>
    </div>
  );
}
