import * as z from "zod/mini";

/** The register's password length limits, as the sign-in library is configured (register/auth/auth.ts). */
export const passwordLength = { min: 12, max: 128 } as const;

/** A user's own password change: the current one, and the new one typed twice. */
export const passwordChangeSchema = z
  .strictObject({
    currentPassword: z
      .string({ error: "Current password must be text." })
      .check(
        z.minLength(1, { error: "Enter your current password." }),
        z.maxLength(passwordLength.max, { error: "Current password is too long." }),
      ),
    newPassword: z
      .string({ error: "New password must be text." })
      .check(
        z.minLength(passwordLength.min, { error: `New password must be at least ${passwordLength.min} characters.` }),
        z.maxLength(passwordLength.max, { error: `New password must be at most ${passwordLength.max} characters.` }),
      ),
    repeatedPassword: z.string({ error: "The repeated password must be text." }),
  })
  .check(
    z.refine((value) => value.newPassword === value.repeatedPassword, {
      error: "The two new passwords differ.",
      path: ["repeatedPassword"],
    }),
  );
