/** The privacy checks the renderer may run on free text before it is saved (pure; see domain/privacy.ts). */
export { findPersonalData, personalDataKinds, type PersonalDataKind } from '../domain/privacy';
