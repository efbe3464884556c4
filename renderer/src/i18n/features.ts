import { messages as advice } from '../features/advice/messages';
import { messages as exchange } from '../features/exchange/messages';
import { messages as importMessages } from '../features/import/messages';
import { messages as onsite } from '../features/inspections/messages';
import { messages as flanders } from '../features/overview/messages';
import { messages as evaluation } from '../features/overview/evaluation-messages';
import { messages as signals } from '../features/schools/messages';
import { messages as retention } from '../features/settings/retention-messages';
import { messages as taskforce } from '../features/taskforce/messages';
import { messages as visitRecords } from '../features/taskforce/visit-records-messages';
import { messages as backup } from '../features/settings/messages';
import { messages as privacy } from '../components/privacy-messages';
import { messages as profile } from '../features/profile/messages';
import { messages as central } from '../features/central/messages';
import { messages as demo } from '../features/demo/messages';

/**
 * Messages that belong to one feature live beside it in
 * `features/<feature>/messages.ts` as `{ nl, en }` and are registered here
 * under their namespace key, e.g. t('import.preview.title').
 */
export interface FeatureMessages {
  nl: Record<string, unknown>;
  en: Record<string, unknown>;
}

export const featureMessages: Record<string, FeatureMessages> = {
  advice,
  taskforce,
  visitRecords,
  retention,
  onsite,
  signals,
  flanders,
  evaluation,
  import: importMessages,
  backup,
  privacy,
  exchange,
  profile,
  central,
  demo,
};
