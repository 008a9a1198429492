import { OAuth2Server } from "oauth2-mock-server";
import { ssoClinician } from "./sso-clinician";

// The end-to-end tests' single sign-on provider: a real OpenID Connect server on a local port
// (signed tokens, a discovery document, PKCE checked) that approves at once, as a clinic's
// provider would for a clinician already signed in there. Started by playwright.config.ts.
const server = new OAuth2Server();
await server.issuer.keys.generate("RS256");
server.service.on("beforeTokenSigning", (token) => Object.assign(token.payload, ssoClinician));
server.service.on("beforeUserinfo", (userinfo) => {
  userinfo.body = { ...ssoClinician, email_verified: true };
});
await server.start(Number(process.env.OIDC_PORT), "127.0.0.1");
console.log(`OpenID Connect provider for the tests at ${server.issuer.url}`);
