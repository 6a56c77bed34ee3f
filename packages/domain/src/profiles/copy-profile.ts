import { policyProfileSchema, type PolicyProfile } from './profile-schema.ts';

/**
 * An agency's own editable profile, starting from any other. The copy shares nothing with
 * the original (a profile is plain JSON data, so a JSON round trip is a full deep copy),
 * keeps its `seed` so citations still point at the regulation they quote, and is
 * validated: an invalid id or name throws the schema's ZodError.
 */
export function copyProfile(profile: PolicyProfile, newId: string, name: string): PolicyProfile {
  const copy = JSON.parse(JSON.stringify(profile)) as PolicyProfile;
  return policyProfileSchema.parse({ ...copy, id: newId, name });
}

/** Checks an edited profile (e.g. loaded from a file or a form) without throwing. */
export function validateProfile(input: unknown) {
  return policyProfileSchema.safeParse(input);
}
