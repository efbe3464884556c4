import { create } from 'zustand';
import { type ApiResult, send } from '../../api/client';

export type DemoData = ApiResult<'getDemoData'>;

interface DemoState {
  /** undefined until first loaded. */
  demo: DemoData | undefined;
  error: string | null;
}

/** What demo data the record holds: one store, so the badges' notices and Instellingen agree the moment it is removed. */
export const useDemo = create<DemoState>(() => ({ demo: undefined, error: null }));

export async function loadDemo(): Promise<void> {
  try {
    useDemo.setState({ demo: await send('getDemoData', {}), error: null });
  } catch (error) {
    useDemo.setState({ error: (error as Error).message });
  }
}

/** Removes exactly what the user was shown; changed counts remove nothing (the answer says so). */
export async function removeDemo(shown: DemoData) {
  const result = await send('removeDemoData', { expected: { schools: shown.removable.schools, inspections: shown.removable.inspections } });
  useDemo.setState({ demo: result.demo, error: null });
  return result;
}
