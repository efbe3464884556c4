/**
 * The on-site guide's fixed lists, re-exported here so that the renderer
 * (which may take values only from main/api) builds its forms from the same
 * lists the contract validates against.
 */
export { EVIDENCE_SOURCES } from '../domain/framework';
export { EVIDENCE_ROLES, MAX_ATTACHMENT_BYTES } from '../domain/onsite/evidence';
export { FOUR_RS, R_INDICATOR } from '../domain/onsite/observations';
export { DISCIPLINARY_MEASURES, GUIDANCE_STATES, PROCEDURE_STEPS, SAMPLE_INDICATOR } from '../domain/onsite/samples';
export { SURVEY_QUESTIONS } from '../domain/onsite/surveys';
export { CLIMATES, CLIMATE_INDICATORS } from '../domain/onsite/quadrant';
export { RATING_LEVELS } from '../domain/rating';
