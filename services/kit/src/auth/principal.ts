/** What a token may let its bearer do: publish the department's figures, or only read. */
export type Role = 'publisher' | 'reader';

export const ROLES: readonly Role[] = ['publisher', 'reader'];

/** Who is asking, as a verified token says: a person, the department they act for, their role. */
export type Principal = {
  /** The person (`sub`), e.g. `transport-officer`. */
  subject: string;
  /** A department id as the catalog names them: `transport`, `civil-affairs`, `pboc-wuhan`, … */
  department: string;
  role: Role;
};

/** A department id's shape (`finance`, `pboc-wuhan`); which ids exist is the catalog's business. */
const DEPARTMENT_ID = /^[a-z][a-z0-9]*(-[a-z0-9]+)*$/;
const MAX_SUBJECT_LENGTH = 200;

/**
 * The principal that token claims describe, or why they describe none. Shared by the verifier
 * (claims from a caller) and `mintToken` (claims from a developer), so both refuse the same.
 */
export function principalFromClaims(claims: {
  sub?: unknown;
  department?: unknown;
  role?: unknown;
}): Principal | { problem: string } {
  const { sub, department, role } = claims;
  if (typeof sub !== 'string' || sub.trim() === '' || sub.length > MAX_SUBJECT_LENGTH) {
    return { problem: `the "sub" claim must name the person (a non-empty string), not ${show(sub)}` };
  }
  if (typeof department !== 'string' || !DEPARTMENT_ID.test(department) || department.length > 64) {
    return {
      problem: `the "department" claim must be a department id such as "transport" or "civil-affairs", not ${show(department)}`,
    };
  }
  if (!ROLES.includes(role as Role)) {
    return { problem: `the "role" claim must be ${ROLES.join(' or ')}, not ${show(role)}` };
  }
  return { subject: sub, department, role: role as Role };
}

/** A claim's value for a message: quoted, and short, since it comes from the caller. */
function show(value: unknown): string {
  if (value === undefined) return 'missing';
  const text = JSON.stringify(value) ?? String(value);
  return text.length > 60 ? `${text.slice(0, 57)}...` : text;
}
