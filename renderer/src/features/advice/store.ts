import { create } from 'zustand';
import { type ApiResult, send } from '../../api/client';

type Advice = ApiResult<'getAdvice'>;

interface AdviceState {
  advice: Advice | null;
  referralId: string | null;
  error: string | null;
  busy: boolean;
}

export const useAdvice = create<AdviceState>(() => ({ advice: null, referralId: null, error: null, busy: false }));

async function referralFor(inspectionId: string): Promise<string | null> {
  const referrals = await send('listReferrals', {});
  return referrals.find((r) => r.inspectionId === inspectionId)?.id ?? null;
}

export async function loadAdvice(inspectionId: string): Promise<void> {
  useAdvice.setState({ error: null });
  try {
    const [advice, referralId] = await Promise.all([send('getAdvice', { inspectionId }), referralFor(inspectionId)]);
    useAdvice.setState({ advice, referralId });
  } catch (error) {
    useAdvice.setState({ error: (error as Error).message });
  }
}

/** Runs one advice action; the answer is the advice as it stands afterwards. */
async function act(work: () => Promise<Advice>): Promise<boolean> {
  useAdvice.setState({ busy: true, error: null });
  try {
    useAdvice.setState({ advice: await work(), busy: false });
    return true;
  } catch (error) {
    useAdvice.setState({ error: (error as Error).message, busy: false });
    return false;
  }
}

export const decideAdvice = (input: Parameters<typeof send<'decideAdvice'>>[1]) => act(() => send('decideAdvice', input));
export const finalizeInspection = (inspectionId: string, acknowledgeWarnings: boolean) => act(() => send('finalizeInspection', { inspectionId, acknowledgeWarnings }));
export const reopenInspection = (inspectionId: string, reason: string) => act(() => send('reopenInspection', { inspectionId, reason }));

export async function openReferral(inspectionId: string): Promise<string | null> {
  useAdvice.setState({ busy: true, error: null });
  try {
    const plan = await send('openReferral', { inspectionId });
    useAdvice.setState({ referralId: plan.referral.id, busy: false });
    return plan.referral.id;
  } catch (error) {
    useAdvice.setState({ error: (error as Error).message, busy: false });
    return null;
  }
}
