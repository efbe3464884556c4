import { create } from 'zustand';
import { type ApiResult, send } from '../../api/client';

type Plan = ApiResult<'getReferral'>;

interface PlanState {
  plan: Plan | null;
  chart: { svg: string; alt: string } | null;
  error: string | null;
  busy: boolean;
}

export const usePlan = create<PlanState>(() => ({ plan: null, chart: null, error: null, busy: false }));

async function refreshChart(referralId: string) {
  usePlan.setState({ chart: await send('getProgressChart', { referralId }) });
}

export async function loadPlan(id: string): Promise<void> {
  usePlan.setState({ plan: null, chart: null, error: null });
  try {
    usePlan.setState({ plan: await send('getReferral', { id }) });
    await refreshChart(id);
  } catch (error) {
    usePlan.setState({ error: (error as Error).message });
  }
}

/** Runs one change to the plan; every change answers the whole plan as it is afterwards. */
export async function changePlan(work: () => Promise<Plan>): Promise<boolean> {
  usePlan.setState({ busy: true, error: null });
  try {
    const plan = await work();
    usePlan.setState({ plan, busy: false });
    // The chart follows on its own; the form that made the change can clear at once.
    refreshChart(plan.referral.id).catch((error: Error) => usePlan.setState({ error: error.message }));
    return true;
  } catch (error) {
    usePlan.setState({ error: (error as Error).message, busy: false });
    return false;
  }
}
