export type {
  FieldCondition,
  FieldKind,
  FieldSpec,
  PartySignature,
  RecordTypeSpec,
  RequiredRecord,
} from './spec.ts';
export { RECORD_CATALOGUE, recordTypeSpec } from './catalogue.ts';
export {
  conditionHolds,
  isFieldPresent,
  isFieldRequired,
  missingFields,
} from './missing-fields.ts';
export { everyRequirementCitation, requiredRecordTypes } from './required-records.ts';
export { SERVICE_METHOD_CITATIONS, SERVICE_METHOD_FIELD } from './proof-of-service.ts';
export { citationsForProfile, uniqueCitations } from './articles.ts';
export { ACT_ENDED_AT, ACT_STARTED_AT, actSpanOf, type ActSpan } from './act-span.ts';
