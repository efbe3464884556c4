import { create } from 'zustand';
import type { RatingLevel } from '../../../../main/api/types';
import { type ApiResult, send } from '../../api/client';

type InspectionDetail = ApiResult<'getInspection'>;
type Rating = InspectionDetail['ratings'][number];
export type Onsite = ApiResult<'getOnsite'>;

export type SaveState = 'saved' | 'pending' | 'saving' | { failed: string; field?: string };

export const TEXT_FIELDS = ['motivation', 'strengths', 'opportunities', 'shortcomings', 'recommendations'] as const;
export type TextField = (typeof TEXT_FIELDS)[number];

export type Draft = { level: RatingLevel | null } & Record<TextField, string>;

interface InspectionState {
  detail: InspectionDetail | null;
  onsite: Onsite | null;
  error: string | null;
  /** What the inspector sees per indicator; saved drafts equal the record. */
  drafts: Record<string, Draft>;
  saveState: Record<string, SaveState>;
}

export const useInspection = create<InspectionState>(() => ({ detail: null, onsite: null, error: null, drafts: {}, saveState: {} }));

const TEXT_DEBOUNCE_MS = 350;
const timers = new Map<string, ReturnType<typeof setTimeout>>();
/** One save at a time per indicator, in order, so an older save never lands after a newer one. */
const chains = new Map<string, Promise<void>>();

const EMPTY_DRAFT: Draft = { level: null, motivation: '', strengths: '', opportunities: '', shortcomings: '', recommendations: '' };

function draftsFrom(ratings: Rating[]): Record<string, Draft> {
  return Object.fromEntries(
    ratings.map((r) => [r.indicatorId, { level: r.level, motivation: r.motivation, strengths: r.strengths, opportunities: r.opportunities, shortcomings: r.shortcomings, recommendations: r.recommendations }]),
  );
}

export async function loadInspection(id: string): Promise<void> {
  await flushAll();
  useInspection.setState({ detail: null, onsite: null, error: null, drafts: {}, saveState: {} });
  try {
    const [detail, onsite] = await Promise.all([send('getInspection', { id }), send('getOnsite', { inspectionId: id })]);
    useInspection.setState({ detail, onsite, drafts: draftsFrom(detail.ratings) });
  } catch (error) {
    useInspection.setState({ error: (error as Error).message });
  }
}

/** Re-reads the record after a change elsewhere (an entry, an undo); drafts still being typed are kept. */
export async function refreshInspection(): Promise<void> {
  const id = useInspection.getState().detail?.inspection.id;
  if (!id) return;
  const [detail, onsite] = await Promise.all([send('getInspection', { id }), send('getOnsite', { inspectionId: id })]);
  const fresh = draftsFrom(detail.ratings);
  useInspection.setState((s) => ({
    detail,
    onsite,
    drafts: { ...fresh, ...Object.fromEntries([...timers.keys()].map((k) => [k, s.drafts[k]])) },
  }));
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
      await send('saveRating', { inspectionId: detail.inspection.id, indicatorId, ...draft });
      // Only "saved" when nothing newer is waiting for this indicator.
      if (!timers.has(indicatorId)) setSaveState(indicatorId, 'saved');
      void refreshOnsite();
    } catch (error) {
      setSaveState(indicatorId, { failed: (error as Error).message, field: (error as { field?: string }).field });
    }
  });
  chains.set(indicatorId, next);
  return next;
}

/** The derived figures (progress, triangulation) follow each save. */
export async function refreshOnsite(): Promise<void> {
  const id = useInspection.getState().detail?.inspection.id;
  if (!id) return;
  const onsite = await send('getOnsite', { inspectionId: id });
  useInspection.setState({ onsite });
}

function updateDraft(indicatorId: string, change: Partial<Draft>) {
  useInspection.setState((s) => ({ drafts: { ...s.drafts, [indicatorId]: { ...(s.drafts[indicatorId] ?? EMPTY_DRAFT), ...change } } }));
}

/** A level is saved at once. */
export function setLevel(indicatorId: string, level: RatingLevel | null): Promise<void> {
  updateDraft(indicatorId, { level });
  clearTimeout(timers.get(indicatorId));
  timers.delete(indicatorId);
  return save(indicatorId);
}

/** Typing is saved a moment after the last keystroke, and at once when the field loses focus. */
export function setText(indicatorId: string, field: TextField, value: string): void {
  updateDraft(indicatorId, { [field]: value });
  setSaveState(indicatorId, 'pending');
  clearTimeout(timers.get(indicatorId));
  timers.set(
    indicatorId,
    setTimeout(() => {
      timers.delete(indicatorId);
      void save(indicatorId);
    }, TEXT_DEBOUNCE_MS),
  );
}

/** Kept for callers of the skeleton's API. */
export function setMotivation(indicatorId: string, motivation: string): void {
  setText(indicatorId, 'motivation', motivation);
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

/** Takes back this inspector's last change (server-side, from the audit trail), then re-reads the record. */
export async function undoLast(): Promise<ApiResult<'undoLastChange'>> {
  await flushAll();
  const id = useInspection.getState().detail!.inspection.id;
  const result = await send('undoLastChange', { inspectionId: id });
  await refreshInspection();
  useInspection.setState({ saveState: {} });
  return result;
}
