import { create } from 'zustand';
import type { RatingLevel } from '../../../../main/api/types';
import { type ApiResult, send } from '../../api/client';

type InspectionDetail = ApiResult<'getInspection'>;
type Rating = InspectionDetail['ratings'][number];

export type SaveState = 'saved' | 'pending' | 'saving' | { failed: string };

interface Draft {
  level: RatingLevel | null;
  motivation: string;
}

interface InspectionState {
  detail: InspectionDetail | null;
  error: string | null;
  /** What the inspector sees per indicator; saved drafts equal the record. */
  drafts: Record<string, Draft>;
  saveState: Record<string, SaveState>;
}

export const useInspection = create<InspectionState>(() => ({ detail: null, error: null, drafts: {}, saveState: {} }));

const MOTIVATION_DEBOUNCE_MS = 350;
const timers = new Map<string, ReturnType<typeof setTimeout>>();
/** One save at a time per indicator, in order, so an older save never lands after a newer one. */
const chains = new Map<string, Promise<void>>();

function draftsFrom(ratings: Rating[]): Record<string, Draft> {
  return Object.fromEntries(ratings.map((r) => [r.indicatorId, { level: r.level, motivation: r.motivation }]));
}

export async function loadInspection(id: string): Promise<void> {
  await flushAll();
  useInspection.setState({ detail: null, error: null, drafts: {}, saveState: {} });
  try {
    const detail = await send('getInspection', { id });
    useInspection.setState({ detail, drafts: draftsFrom(detail.ratings) });
  } catch (error) {
    useInspection.setState({ error: (error as Error).message });
  }
}

function setSaveState(indicatorId: string, state: SaveState) {
  useInspection.setState((s) => ({ saveState: { ...s.saveState, [indicatorId]: state } }));
}

function save(indicatorId: string): Promise<void> {
  const previous = chains.get(indicatorId) ?? Promise.resolve();
  const next = previous.then(async () => {
    const { detail, drafts } = useInspection.getState();
    const draft = drafts[indicatorId];
    if (!detail || !draft) return;
    setSaveState(indicatorId, 'saving');
    try {
      await send('saveRating', { inspectionId: detail.inspection.id, indicatorId, level: draft.level, motivation: draft.motivation });
      // Only "saved" when nothing newer is waiting for this indicator.
      if (!timers.has(indicatorId)) setSaveState(indicatorId, 'saved');
    } catch (error) {
      setSaveState(indicatorId, { failed: (error as Error).message });
    }
  });
  chains.set(indicatorId, next);
  return next;
}

function updateDraft(indicatorId: string, change: Partial<Draft>) {
  useInspection.setState((s) => {
    const current = s.drafts[indicatorId] ?? { level: null, motivation: '' };
    return { drafts: { ...s.drafts, [indicatorId]: { ...current, ...change } } };
  });
}

/** A level is saved at once. */
export function setLevel(indicatorId: string, level: RatingLevel | null): Promise<void> {
  updateDraft(indicatorId, { level });
  clearTimeout(timers.get(indicatorId));
  timers.delete(indicatorId);
  return save(indicatorId);
}

/** Typing is saved a moment after the last keystroke, and at once when the field loses focus. */
export function setMotivation(indicatorId: string, motivation: string): void {
  updateDraft(indicatorId, { motivation });
  setSaveState(indicatorId, 'pending');
  clearTimeout(timers.get(indicatorId));
  timers.set(
    indicatorId,
    setTimeout(() => {
      timers.delete(indicatorId);
      void save(indicatorId);
    }, MOTIVATION_DEBOUNCE_MS),
  );
}

export function flush(indicatorId: string): Promise<void> {
  if (!timers.has(indicatorId)) return chains.get(indicatorId) ?? Promise.resolve();
  clearTimeout(timers.get(indicatorId));
  timers.delete(indicatorId);
  return save(indicatorId);
}

export async function flushAll(): Promise<void> {
  await Promise.all([...timers.keys()].map(flush));
}

/** True while something typed has not reached the record yet. */
export function hasUnsavedChanges(): boolean {
  const { saveState } = useInspection.getState();
  return timers.size > 0 || Object.values(saveState).some((s) => s === 'pending' || s === 'saving');
}
