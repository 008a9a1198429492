import { randomUUID } from "node:crypto";
import { readFileSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { exportJWK, generateKeyPair, SignJWT, type CryptoKey, type JWK } from "jose";
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { GET as discover } from "@/app/cds-services/route";
import { POST } from "@/app/cds-services/jak-monitoring/route";
import { parseTrustConfig } from "@/server/cds-trust";

// CDS Hooks 2.0, "Trusting CDS Clients": the EHR signs a JWT for every call. Keys are made here,
// per run; key sets are served inline or from a loopback server as an EHR would publish them.

const publicUrl = "https://jak.example.org";
const serviceUrl = `${publicUrl}/cds-services/jak-monitoring`;
const ehr = "https://ehr.example.org";
const hook = readFileSync(new URL("./fixtures/cds-do-not-start-platelets.json", import.meta.url), "utf8");

interface Signer {
  privateKey: CryptoKey;
  jwk: JWK;
}

async function signer(alg: "ES384" | "RS384", kid: string): Promise<Signer> {
  const { privateKey, publicKey } = await generateKeyPair(alg);
  return { privateKey, jwk: { ...(await exportJWK(publicKey)), kid, alg, use: "sig" } };
}

interface TokenOptions {
  alg?: string;
  kid?: string;
  jku?: string;
  iss?: string;
  aud?: string;
  jti?: string | null;
  issuedSecondsAgo?: number;
  expiresInSeconds?: number;
}

function token(key: Signer, options: TokenOptions = {}): Promise<string> {
  const now = Math.floor(Date.now() / 1000);
  const issuedAt = now - (options.issuedSecondsAgo ?? 0);
  const jwt = new SignJWT({ tenant: "clinic-1" })
    .setProtectedHeader({
      alg: options.alg ?? key.jwk.alg ?? "ES384",
      typ: "JWT",
      kid: options.kid ?? key.jwk.kid,
      ...(options.jku ? { jku: options.jku } : {}),
    })
    .setIssuer(options.iss ?? ehr)
    .setAudience(options.aud ?? serviceUrl)
    .setIssuedAt(issuedAt)
    .setExpirationTime(issuedAt + (options.expiresInSeconds ?? 300));
  if (options.jti !== null) jwt.setJti(options.jti ?? randomUUID());
  return jwt.sign(key.privateKey);
}

/** A JWT with `alg: none`, as the attacker sent it. */
function unsignedToken(): string {
  const part = (value: object) => Buffer.from(JSON.stringify(value)).toString("base64url");
  const now = Math.floor(Date.now() / 1000);
  return `${part({ alg: "none", typ: "JWT" })}.${part({ iss: ehr, aud: serviceUrl, iat: now, exp: now + 300, jti: randomUUID() })}.`;
}

async function call(authorization?: string): Promise<{
  status: number;
  body: { cards?: { indicator: string }[]; errors?: { message: string }[] };
  challenge: string | null;
}> {
  const headers: Record<string, string> = {
    "content-type": "application/json",
    ...(authorization ? { authorization } : {}),
  };
  const response = await POST(new Request(serviceUrl, { method: "POST", headers, body: hook }));
  return {
    status: response.status,
    body: (await response.json()) as never,
    challenge: response.headers.get("www-authenticate"),
  };
}

const trust = (issuers: unknown[], extra: Record<string, string> = {}) => {
  vi.stubEnv("JAK_CDS_TRUSTED_ISSUERS", JSON.stringify(issuers));
  vi.stubEnv("JAK_CDS_PUBLIC_URL", publicUrl);
  for (const [name, value] of Object.entries(extra)) vi.stubEnv(name, value);
};

let es384: Signer;
let rs384: Signer;
let stranger: Signer;
let keyServer: Server;
let keyServerUrl = "";
const keyRequests: string[] = [];

beforeAll(async () => {
  [es384, rs384, stranger] = await Promise.all([
    signer("ES384", "ehr-es"),
    signer("RS384", "ehr-rs"),
    signer("ES384", "ehr-es"),
  ]);
  // An EHR's key URLs: /jwks (its published set) and /rotated (a set a jku header may name).
  keyServer = createServer((request, response) => {
    keyRequests.push(request.url ?? "");
    const keys = request.url === "/jwks" ? [es384.jwk] : request.url === "/rotated" ? [rs384.jwk] : undefined;
    response.writeHead(keys ? 200 : 404, { "content-type": "application/json" });
    response.end(JSON.stringify(keys ? { keys } : {}));
  });
  await new Promise<void>((resolve) => keyServer.listen(0, "127.0.0.1", resolve));
  keyServerUrl = `http://127.0.0.1:${(keyServer.address() as AddressInfo).port}`;
});

afterAll(() => new Promise<void>((resolve) => keyServer.close(() => resolve())));
afterEach(() => {
  vi.unstubAllEnvs();
});

describe("CDS Hooks caller trust", () => {
  it("with no trusted issuer configured, refuses every call with 401 and says how to configure one", async () => {
    vi.stubEnv("JAK_CDS_TRUSTED_ISSUERS", "");
    vi.stubEnv("JAK_CDS_ALLOW_UNSIGNED", "");
    for (const authorization of [undefined, `Bearer ${unsignedToken()}`, `Bearer ${await token(es384)}`]) {
      const answer = await call(authorization);
      expect(answer.status).toBe(401);
      expect(answer.body.cards).toBeUndefined();
      expect(answer.body.errors?.[0]?.message).toMatch(/JAK_CDS_TRUSTED_ISSUERS.*JAK_CDS_ALLOW_UNSIGNED=1/);
      expect(answer.challenge).toMatch(/^Bearer error="invalid_token"/);
    }
  });

  it("refuses a forged alg: none token with 401 and no patient-derived card", async () => {
    trust([{ iss: ehr, jwks: { keys: [es384.jwk] } }]);
    const answer = await call(`Bearer ${unsignedToken()}`);
    expect(answer.status).toBe(401);
    expect(JSON.stringify(answer.body)).not.toMatch(/Platelets|abrocitinib/);
  });

  it("accepts a token signed with the issuer's key (JWKS inline, ES384 and RS384) and answers with cards", async () => {
    trust([{ iss: ehr, jwks: { keys: [es384.jwk, rs384.jwk] } }]);
    for (const key of [es384, rs384]) {
      const answer = await call(`Bearer ${await token(key)}`);
      expect(answer.status).toBe(200);
      expect(answer.body.cards?.some((card) => card.indicator === "critical")).toBe(true);
    }
  });

  it.each<[string, (key: Signer) => Promise<string>, RegExp]>([
    [
      "another service's audience",
      (key) => token(key, { aud: `${publicUrl}/cds-services/other` }),
      /not for this service/,
    ],
    [
      "the audience of this service on another host",
      (key) => token(key, { aud: "https://evil.example/cds-services/jak-monitoring" }),
      /not for this service/,
    ],
    ["an expired token", (key) => token(key, { issuedSecondsAgo: 200, expiresInSeconds: 100 }), /expired/],
    [
      "a token issued an hour ago",
      (key) => token(key, { issuedSecondsAgo: 3600, expiresInSeconds: 7200 }),
      /older than five minutes/,
    ],
    ["no jti", (key) => token(key, { jti: null }), /jti/],
    ["an untrusted issuer", (key) => token(key, { iss: "https://other-ehr.example" }), /issuer/],
    ["a stranger's key under the EHR's kid", () => token(stranger), /signature/],
    [
      "HS256, with the EHR's public key as the shared secret",
      async () => {
        const secret = new TextEncoder().encode(JSON.stringify(es384.jwk));
        return new SignJWT({})
          .setProtectedHeader({ alg: "HS256", kid: "ehr-es" })
          .setIssuer(ehr)
          .setAudience(serviceUrl)
          .setIssuedAt()
          .setExpirationTime("5m")
          .setJti(randomUUID())
          .sign(secret);
      },
      /algorithm is not accepted/,
    ],
    ["text that is not a JWT", async () => "not-a-token", /not a valid signed JWT/],
  ])("refuses %s with 401", async (_name, make, reason) => {
    trust([{ iss: ehr, jwks: { keys: [es384.jwk] } }]);
    const answer = await call(`Bearer ${await make(es384)}`);
    expect(answer.status).toBe(401);
    expect(answer.body.errors?.[0]?.message).toMatch(reason);
  });

  it("refuses a replayed token (the same jti twice)", async () => {
    trust([{ iss: ehr, jwks: { keys: [es384.jwk] } }]);
    const once = await token(es384);
    expect((await call(`Bearer ${once}`)).status).toBe(200);
    const again = await call(`Bearer ${once}`);
    expect(again.status).toBe(401);
    expect(again.body.errors?.[0]?.message).toMatch(/used before/);
  });

  it("fetches the issuer's keys from its JWKS URL", async () => {
    trust([{ iss: ehr, jwksUrl: `${keyServerUrl}/jwks` }]);
    expect((await call(`Bearer ${await token(es384)}`)).status).toBe(200);
    expect(keyRequests).toContain("/jwks");
  });

  it("follows a jku header only to a URL allow-listed for the issuer", async () => {
    trust([{ iss: ehr, jwksUrl: `${keyServerUrl}/jwks`, jku: [`${keyServerUrl}/rotated`] }]);
    expect((await call(`Bearer ${await token(rs384, { jku: `${keyServerUrl}/rotated` })}`)).status).toBe(200);
    const before = keyRequests.length;
    const elsewhere = await call(`Bearer ${await token(rs384, { jku: `${keyServerUrl}/attacker-keys` })}`);
    expect(elsewhere.status).toBe(401);
    expect(elsewhere.body.errors?.[0]?.message).toMatch(/jku/);
    expect(keyRequests.slice(before)).not.toContain("/attacker-keys");
  });

  it("with the development switch, accepts calls without a token, and discovery says so", async () => {
    vi.stubEnv("JAK_CDS_TRUSTED_ISSUERS", "");
    vi.stubEnv("JAK_CDS_ALLOW_UNSIGNED", "1");
    expect((await call()).status).toBe(200);
    const open = (await (await discover()).json()) as {
      services: { usageRequirements: string; extension: Record<string, unknown> }[];
    };
    expect(open.services[0]?.usageRequirements).toMatch(/DEVELOPMENT MODE: .*without a signed JWT/);
    expect(open.services[0]?.extension).toEqual({ "jak-monitor-unsigned-calls-allowed": true });

    vi.stubEnv("JAK_CDS_ALLOW_UNSIGNED", "");
    const closed = (await (await discover()).json()) as {
      services: { usageRequirements: string; extension: Record<string, unknown> }[];
    };
    expect(closed.services[0]?.usageRequirements).toMatch(/must carry a JWT signed by an EHR this deployment trusts/);
    expect(closed.services[0]?.extension).toEqual({ "jak-monitor-unsigned-calls-allowed": false });
  });

  it("with the development switch and issuers configured, still refuses a bad token that is sent", async () => {
    trust([{ iss: ehr, jwks: { keys: [es384.jwk] } }], { JAK_CDS_ALLOW_UNSIGNED: "1" });
    expect((await call()).status).toBe(200);
    expect((await call(`Bearer ${unsignedToken()}`)).status).toBe(401);
  });

  it.each<[string, Record<string, string | undefined>, RegExp]>([
    ["not JSON", { JAK_CDS_TRUSTED_ISSUERS: "[{", JAK_CDS_PUBLIC_URL: publicUrl }, /not valid JSON/],
    [
      "an issuer without keys",
      { JAK_CDS_TRUSTED_ISSUERS: JSON.stringify([{ iss: ehr }]), JAK_CDS_PUBLIC_URL: publicUrl },
      /needs its keys/,
    ],
    [
      "a key URL without TLS",
      {
        JAK_CDS_TRUSTED_ISSUERS: JSON.stringify([{ iss: ehr, jwksUrl: "http://ehr.example.org/jwks" }]),
        JAK_CDS_PUBLIC_URL: publicUrl,
      },
      /https/,
    ],
    [
      "no public URL to check aud against",
      { JAK_CDS_TRUSTED_ISSUERS: JSON.stringify([{ iss: ehr, jwksUrl: "https://ehr.example.org/jwks" }]) },
      /JAK_CDS_PUBLIC_URL/,
    ],
  ])("a broken configuration (%s) trusts no one and says what is wrong", (_name, env, problem) => {
    const config = parseTrustConfig(env);
    expect(config.issuers).toEqual([]);
    expect(config.problems.join(" ")).toMatch(problem);
  });
});
