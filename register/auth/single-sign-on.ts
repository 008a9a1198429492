import { genericOAuth } from "better-auth/plugins";
import { singleSignOnProviderId } from "@/lib/register/single-sign-on-request";

/**
 * Optional single sign-on through any OpenID Connect provider, configured by environment:
 * JAK_OIDC_ISSUER (the provider's issuer URL; its /.well-known/openid-configuration is read),
 * JAK_OIDC_CLIENT_ID, JAK_OIDC_CLIENT_SECRET and JAK_OIDC_NAME (the button's label).
 * Users who arrive this way get no register role until an admin gives them one. better-auth
 * serves the provider through its social sign-in and callback addresses
 * (lib/register/single-sign-on-request.ts).
 */
export function singleSignOnPlugins(env: NodeJS.ProcessEnv) {
  const issuer = env.JAK_OIDC_ISSUER;
  const clientId = env.JAK_OIDC_CLIENT_ID;
  const clientSecret = env.JAK_OIDC_CLIENT_SECRET;
  if (!issuer || !clientId || !clientSecret) return [];
  return [
    genericOAuth({
      config: [
        {
          providerId: singleSignOnProviderId,
          discoveryUrl: `${issuer.replace(/\/$/, "")}/.well-known/openid-configuration`,
          clientId,
          clientSecret,
          scopes: ["openid", "email", "profile"],
          pkce: true,
        },
      ],
    }),
  ];
}

/** The sign-in page's single sign-on button, when one is configured. */
export function singleSignOnLabel(env: NodeJS.ProcessEnv): string | null {
  return env.JAK_OIDC_ISSUER && env.JAK_OIDC_CLIENT_ID && env.JAK_OIDC_CLIENT_SECRET
    ? (env.JAK_OIDC_NAME ?? "single sign-on")
    : null;
}
