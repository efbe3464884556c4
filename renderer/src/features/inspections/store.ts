import { create } from 'zustand';
import type { RatingLevel } from '../../../../main/api/types';
import { type ApiResult, send } from '../../api/client';

type InspectionDetail = ApiResult<'getInspection'>;
type Rating = InspectionDetail['ratings'][number];
export type Onsite = ApiResult<'getOnsite'>;

export type SaveState = 'saved' | 'pending' | 'saving' | { failed: string; field?: string };

export const TEXT_FIELDS = ['motivation', 'strengths', 'opportunities', 'shortcomings', 'recommendations'] as const;
export type TextField = (typeof TEXT_FIELDS)[number];

export type Draft = { level: RatingLevel | null; shortcomingDeadline: string | null } & Record<TextField, string>;

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

const EMPTY_DRAFT: Draft = { level: null, motivation: '', strengths: '', opportunities: '', shortcomings: '', recommendations: '', shortcomingDeadline: null };

function draftOf(r: Rating): Draft {
  return { level: r.level, motivation: r.motivation, strengths: r.strengths, opportunities: r.opportunities, shortcomings: r.shortcomings, recommendations: r.recommendations, shortcomingDeadline: r.shortcomingDeadline };
}

function draftsFrom(ratings: Rating[]): Record<string, Draft> {
  return Object.fromEntries(ratings.map((r) => [r.indicatorId, draftOf(r)]));
}

/**
 * A judgement the record refused (e.g. "beneden" without its tekort) stays on
 * screen as typed, marked unsaved with the reason, until it is fixed or
 * discarded — across tab switches and reloads, so nothing typed silently
 * turns back into the old level.
 */
type Refused = Record<string, { draft: Draft; message: string; field?: string }>;
const refusedKey = (inspectionId: string) => `doorlicht.refused.${inspectionId}`;

function readRefused(inspectionId: string): Refused {
  try {
    return JSON.parse(localStorage.getItem(refusedKey(inspectionId)) ?? '{}') as Refused;
  } catch {
    return {};
  }
}

function writeRefused(inspectionId: string, change: (refused: Refused) => void) {
  const refused = readRefused(inspectionId);
  change(refused);
  if (Object.keys(refused).length) localStorage.setItem(refusedKey(inspectionId), JSON.stringify(refused));
  else localStorage.removeItem(refusedKey(inspectionId));
}

function withRefused(inspectionId: string, drafts: Record<string, Draft>, saveState: Record<string, SaveState>) {
  const refused = readRefused(inspectionId);
  for (const [indicatorId, r] of Object.entries(refused)) {
    drafts[indicatorId] = r.draft;
    saveState[indicatorId] = { failed: r.message, field: r.field };
  }
  return { drafts, saveState };
}

export async function loadInspection(id: string): Promise<void> {
  await flushAll();
  useInspection.setState({ detail: null, onsite: null, error: null, drafts: {}, saveState: {} });
  try {
    const [detail, onsite] = await Promise.all([send('getInspection', { id }), send('getOnsite', { inspectionId: id })]);
    useInspection.setState({ detail, onsite, ...withRefused(id, draftsFrom(detail.ratings), {}) });
  } catch (error) {
    useInspection.setState({ error: (error as Error).message });
  }
}

/** Re-reads the record after a change elsewhere (an entry, an undo); drafts still being typed, and refused ones, are kept. */
export async function refreshInspection(): Promise<void> {
  const id = useInspection.getState().detail?.inspection.id;
  if (!id) return;
  const [detail, onsite] = await Promise.all([send('getInspection', { id }), send('getOnsite', { inspectionId: id })]);
  const fresh = draftsFrom(detail.ratings);
  useInspection.setState((s) => {
    const kept = Object.fromEntries([...timers.keys()].map((k) => [k, s.drafts[k]]));
    return { detail, onsite, ...withRefused(id, { ...fresh, ...kept }, { ...s.saveState }) };
  });
}

/** Throws away a refused judgement: the indicator shows the record again. */
export function discardDraft(indicatorId: string): void {
  const { detail } = useInspection.getState();
  if (!detail) return;
  writeRefused(detail.inspection.id, (r) => delete r[indicatorId]);
  const rating = detail.ratings.find((r) => r.indicatorId === indicatorId);
  useInspection.setState((s) => {
    const saveState = { ...s.saveState };
    delete saveState[indicatorId];
    return { drafts: { ...s.drafts, [indicatorId]: rating ? draftOf(rating) : EMPTY_DRAFT }, saveState };
  });
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
      const saved = await send('saveRating', { inspectionId: detail.inspection.id, indicatorId, ...draft });
      writeRefused(detail.inspection.id, (r) => delete r[indicatorId]);
      // The record is what was saved: keep the loaded detail in step, so a discard later goes back to this.
      useInspection.setState((s) => (s.detail ? { detail: { ...s.detail, ratings: [...s.detail.ratings.filter((r) => r.indicatorId !== indicatorId), { ...saved, indicatorId }] } } : {}));
      // Only "saved" when nothing newer is waiting for this indicator.
      if (!timers.has(indicatorId)) setSaveState(indicatorId, 'saved');
      void refreshOnsite();
    } catch (error) {
      const failure = { failed: (error as Error).message, field: (error as { field?: string }).field };
      const code = (error as { code?: string }).code;
      // A refusal by the rules is kept until fixed or discarded; a passing failure (network) is simply retried on the next edit.
      if (code === 'invalid_input' || code === 'conflict') writeRefused(detail.inspection.id, (r) => (r[indicatorId] = { draft, message: failure.failed, field: failure.field }));
      setSaveState(indicatorId, failure);
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
export function setText(indicatorId: string, field: TextField | 'shortcomingDeadline', value: string): void {
  updateDraft(indicatorId, field === 'shortcomingDeadline' ? { shortcomingDeadline: value || null } : { [field]: value });
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
