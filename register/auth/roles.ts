/**
 * The register's roles and what each may do, checked on the server by every page and
 * endpoint. Admins run users and the audit view; clinicians do everything with patients,
 * sign-off and ending or resuming a patient's monitoring included; nurses keep the worklist,
 * results, dose changes, patient facts and contact notes.
 * A user signed in through single sign-on starts with "none": no register access until an
 * admin gives a role (trainees use the explorer and the planner, which need no account).
 */
export const registerRoles = ["admin", "clinician", "nurse"] as const;
export type RegisterRole = (typeof registerRoles)[number] | "none";

const permissions = {
  "worklist.read": ["clinician", "nurse"],
  "patient.read": ["clinician", "nurse"],
  "patient.create": ["clinician"],
  "result.add": ["clinician", "nurse"],
  "dose-change.add": ["clinician", "nurse"],
  "patient-facts.update": ["clinician", "nurse"],
  "contact-note.add": ["clinician", "nurse"],
  "result.sign-off": ["clinician"],
  "plan-review.add": ["clinician"],
  "monitoring.end": ["clinician"],
  "monitoring.resume": ["clinician"],
  "audit.read": ["admin"],
  "users.manage": ["admin"],
  "account.password": ["admin", "clinician", "nurse"],
} as const satisfies Record<string, readonly RegisterRole[]>;

export type Permission = keyof typeof permissions;

export function may(role: string, permission: Permission): boolean {
  return (permissions[permission] as readonly string[]).includes(role);
}

export function isRegisterRole(value: string): value is (typeof registerRoles)[number] {
  return (registerRoles as readonly string[]).includes(value);
}
