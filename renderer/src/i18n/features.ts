/**
 * Messages that belong to one feature live beside it in
 * `features/<feature>/messages.ts` as `{ nl, en }` and are registered here
 * under their namespace key, e.g. t('import.preview.title').
 */
export interface FeatureMessages {
  nl: Record<string, unknown>;
  en: Record<string, unknown>;
}

export const featureMessages: Record<string, FeatureMessages> = {};
