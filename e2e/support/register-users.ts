/**
 * The e2e register's users, made by e2e/support/seed-register-users.ts in the run's own
 * temporary data folder before the server starts. Test-only accounts and passwords.
 */
export const registerUsers = {
  admin: { email: "admin@e2e.test", name: "Ada Admin", role: "admin", password: "e2e-admin-password-1" },
  clinician: {
    email: "clinician@e2e.test",
    name: "Dr Chloe Clinician",
    role: "clinician",
    password: "e2e-clinician-password-1",
  },
  nurse: { email: "nurse@e2e.test", name: "Nina Nurse", role: "nurse", password: "e2e-nurse-password-1" },
} as const;

export type RegisterUser = (typeof registerUsers)[keyof typeof registerUsers];
