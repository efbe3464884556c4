import type { RatingLevel } from '../rating';

/** Who carries an action of the intervention plan. */
export const OWNER_ROLES = ['school_leader', 'behaviour_expert', 'team', 'pbd', 'clb'] as const;
export type OwnerRole = (typeof OWNER_ROLES)[number];

export const ACTION_STATUSES = ['planned', 'in_progress', 'done', 'dropped'] as const;
export type ActionStatus = (typeof ACTION_STATUSES)[number];

/** The school board's answer to the referral (action 20; advice 2B: accept the task force or lose recognition). */
export const BOARD_ANSWERS = ['pending', 'accepts', 'declines', 'pbd_plan'] as const;
export type BoardAnswer = (typeof BOARD_ANSWERS)[number];

/** How the task force was in contact with the school board: gesprek, telefoon, e-mail, brief. */
export const BOARD_CONTACT_CHANNELS = ['meeting', 'phone', 'email', 'letter'] as const;
export type BoardContactChannel = (typeof BOARD_CONTACT_CHANNELS)[number];

export interface PlanGoal {
  id: string;
  title: string;
}

export interface PlanAction {
  id: string;
  goalId: string | null;
  description: string;
  ownerRole: OwnerRole;
  dueDate: string;
  status: ActionStatus;
}

export interface PlanVisit {
  id: string;
  date: string;
  /** Planned or held; without it (older data) a visit dated today or earlier counts as held. */
  held?: boolean;
  /** Progress per goal on the four-level scale, as the task force judged it at this visit. */
  progress: ReadonlyArray<{ goalId: string; level: RatingLevel }>;
}
