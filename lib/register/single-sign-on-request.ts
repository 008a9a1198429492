/**
 * How the sign-in page starts single sign-on: better-auth's social sign-in with the OpenID
 * Connect provider the server configures (register/auth/single-sign-on.ts). One place, so the
 * page's button and the test that signs in through a real provider send the same request.
 */
export const singleSignOnProviderId = "oidc";

export const singleSignOnStartPath = "/api/auth/sign-in/social";

export function singleSignOnStartBody(callbackURL: string): { provider: string; callbackURL: string } {
  return { provider: singleSignOnProviderId, callbackURL };
}

/** Where the provider sends the browser back: the redirect URI to register with the provider. */
export const singleSignOnCallbackPath = `/api/auth/callback/${singleSignOnProviderId}`;
