import type { CSSProperties, ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { OperationInput } from '../../../../main/api/types';
import { hrefFor, type OverviewQuery, useRouter } from '../../app/router';

export type OverviewFilterInput = NonNullable<OperationInput<'getOverview'>['filter']>;

/** Overzicht's view as the address holds it (see router.ts). */
export function useOverviewQuery(): OverviewQuery {
  return useRouter((s) => (s.route.place === 'overview' ? (s.route.query ?? {}) : {}));
}

/** The filter main counts with, from the address; the values are validated by the contract. */
export function filterOf(query: OverviewQuery): OverviewFilterInput {
  return {
    ...(query.niveau ? { level: query.niveau as OverviewFilterInput['level'] } : {}),
    ...(query.net ? { network: query.net } : {}),
    ...(query.lop ? { lop: query.lop } : {}),
    ...(query.provincie ? { province: query.provincie as OverviewFilterInput['province'] } : {}),
  };
}

/** The address of this view with some parts changed (undefined removes a part). */
export function overviewHref(query: OverviewQuery, patch: Partial<Record<keyof OverviewQuery, string | undefined>>): string {
  const next: OverviewQuery = { ...query };
  for (const [key, value] of Object.entries(patch) as [keyof OverviewQuery, string | undefined][]) {
    if (value) next[key] = value;
    else delete next[key];
  }
  return hrefFor({ place: 'overview', query: next });
}

/**
 * A figure that leads to the schools behind it: a plain link to this view
 * with the figure's drill key in the address, so the keyboard, a tap and the
 * back button all work without extra code. `what` names the figure for a
 * screen reader ("Secundair onderwijs 2023-2024: toon de scholen").
 */
export function DrillLink({ drill, what, children, className, style }: { drill: string | null | undefined; what: string; children: ReactNode; className?: string; style?: CSSProperties }) {
  const { t } = useTranslation();
  const query = useOverviewQuery();
  if (!drill) return <>{children}</>;
  return (
    <a className={className ? `drill ${className}` : 'drill'} href={overviewHref(query, { drill })} aria-label={t('flanders.drill.show', { what })} data-drill={drill} style={style}>
      {children}
    </a>
  );
}
