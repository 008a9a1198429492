import * as z from "zod/mini";

export const assignableRoles = ["admin", "clinician", "nurse", "none"] as const;

/** A new register user: the admin picks the role; the password is made by the server and shown once. */
export const newUserSchema = z.strictObject({
  email: z
    .string({ error: "Email must be text." })
    .check(z.email({ error: "Email must be an email address." }), z.maxLength(254, { error: "Email is too long." })),
  name: z
    .string({ error: "Name must be text." })
    .check(
      z.minLength(1, { error: "Name must not be empty." }),
      z.maxLength(120, { error: "Name must be at most 120 characters." }),
    ),
  role: z.enum(["admin", "clinician", "nurse"], { error: "Role must be one of: admin, clinician, nurse." }),
});

export const roleChangeSchema = z.strictObject({
  role: z.enum(assignableRoles, { error: `Role must be one of: ${assignableRoles.join(", ")}.` }),
});
