export type {
  FieldCondition,
  FieldKind,
  FieldSpec,
  PartySignature,
  RecordTypeSpec,
  ProfileFieldList,
  ProfileFieldListing,
  RequiredRecord,
} from './spec.ts';
export { RECORD_CATALOGUE, recordTypeSpec } from './catalogue.ts';
export {
  conditionHolds,
  fieldBinds,
  type FieldBindingProfile,
  isFieldPresent,
  isFieldRequired,
  missingFields,
  partySignatureBinds,
} from './missing-fields.ts';
export { everyRequirementCitation, requiredRecordTypes } from './required-records.ts';
export { SERVICE_METHOD_CITATIONS, SERVICE_METHOD_FIELD } from './proof-of-service.ts';
export {
  citationsForProfile,
  PARTY_SIGNATURE_CITATIONS,
  REFUSAL_NOTE_CITATIONS,
  uniqueCitations,
} from './articles.ts';
export { EVIDENCE_RECORD_TYPES } from './investigation.ts';
export { ACT_ENDED_AT, ACT_STARTED_AT, actSpanOf, type ActSpan } from './act-span.ts';
