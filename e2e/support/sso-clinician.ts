/** The clinician the tests' single sign-on provider vouches for (e2e/support/oidc-provider.ts). */
export const ssoClinician = { sub: "clinic-sso-7731", email: "sso.clinician@clinic.test", name: "Dr Sso Clinician" };

/** The sign-in page's button names the provider by JAK_OIDC_NAME. */
export const ssoProviderName = "Clinic SSO";
