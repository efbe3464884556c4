/**
 * The words and small pure rules the screen shares with the rest of the
 * workbench, re-exported here so that the renderer (which may take values
 * only from main/api) words entries, roles and problems, and matches a
 * search, exactly as the services and the CLI do — never a second copy.
 */
export type { Problem, ProblemParams } from '../domain/problems';
export { PROFILE_ROLE_LABELS, PROFILE_ROLES } from '../domain/people';
export { entityLabel, fieldKind, fieldLabel } from '../domain/entities';
export { searchKey } from '../domain/search';
export { CLIMATE_WORDS } from '../domain/onsite/quadrant';
export { daysBetween } from '../domain/dates';
export { BOARD_CONTACT_CHANNELS } from '../domain/taskforce/plan';
export { SIGNAL_LABELS } from '../domain/signals/words';
