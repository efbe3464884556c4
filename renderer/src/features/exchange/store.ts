import { create } from 'zustand';
import { type ApiResult, send } from '../../api/client';

export type Conflict = ApiResult<'listConflicts'>[number];
export type ExchangeLogRow = ApiResult<'listExchanges'>[number];
export type ImportResult = ApiResult<'importPackage'>;

interface ExchangeState {
  inspectionId: string | null;
  conflicts: Conflict[] | null;
  log: ExchangeLogRow[] | null;
  error: string | null;
  /** The last merge's result: kept here, not in the form, so it survives the page reloading its data. */
  lastImport: { scope: string; result: ImportResult } | null;
}

/** The exchange state of the inspection on screen: open conflicts and the packages made and read. */
export const useExchange = create<ExchangeState>(() => ({ inspectionId: null, conflicts: null, log: null, error: null, lastImport: null }));

export async function loadExchange(inspectionId: string): Promise<void> {
  if (useExchange.getState().inspectionId !== inspectionId) useExchange.setState({ inspectionId, conflicts: null, log: null, error: null, lastImport: null });
  try {
    const [conflicts, log] = await Promise.all([send('listConflicts', { inspectionId }), send('listExchanges', { inspectionId })]);
    if (useExchange.getState().inspectionId === inspectionId) useExchange.setState({ conflicts, log, error: null });
  } catch (e) {
    useExchange.setState({ error: (e as Error).message });
  }
}

export async function resolveConflict(input: { inspectionId: string; entity: string; entityId: string; keep: string; edited?: Record<string, string | number | null> }) {
  const result = await send('resolveConflict', input);
  await loadExchange(input.inspectionId);
  return result;
}
