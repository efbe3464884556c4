import { evidenceHandlers } from './evidence';
import { observationHandlers } from './observations';
import { onsiteHandlers } from './onsite';
import { sampleHandlers } from './samples';
import { settingsHandlers } from './settings';
import { surveyHandlers } from './surveys';
import { undoHandlers } from './undo';

/** The on-site guide's operations, gathered so that handlers.ts needs one line. */
export const onsiteFeatureHandlers = {
  ...onsiteHandlers,
  ...evidenceHandlers,
  ...observationHandlers,
  ...sampleHandlers,
  ...surveyHandlers,
  ...undoHandlers,
  ...settingsHandlers,
};
