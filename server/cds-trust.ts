import {
  createLocalJWKSet,
  createRemoteJWKSet,
  decodeJwt,
  decodeProtectedHeader,
  errors,
  jwtVerify,
  type JSONWebKeySet,
  type JWTVerifyGetKey,
} from "jose";
import { isJsonObject } from "@/lib/contract/json";

/**
 * Who may call the CDS Hooks service: CDS Hooks 2.0 ("Trusting CDS Clients") has the EHR sign a
 * JWT for every call and send it as `Authorization: Bearer`. The service accepts it only from an
 * issuer the deployer trusts, with that issuer's keys (a JWKS URL, a JWKS inline, or a `jku`
 * header naming a URL the deployer allowed), for this service's own URL (`aud`), unexpired,
 * issued in the last five minutes, and never twice (`jti`). Only asymmetric algorithms: the spec
 * forbids `none` and shared-secret (HMAC) signatures.
 *
 * Configured by environment variables, read when they change (see SECURITY.md):
 * - `JAK_CDS_TRUSTED_ISSUERS`: JSON list of `{ "iss", "jwksUrl"?, "jwks"?, "jku"?: [urls] }`;
 * - `JAK_CDS_PUBLIC_URL`: the deployment's public base URL; `aud` must be it plus the service path;
 * - `JAK_CDS_ALLOW_UNSIGNED=1`: development only, calls without a token are accepted (and the
 *   discovery answer says so). A token that is sent is still checked when issuers are configured.
 */

export interface TrustedIssuer {
  iss: string;
  jwksUrl?: string;
  /** The issuer's keys given inline, ready to verify with. */
  jwks?: JWTVerifyGetKey;
  /** `jku` header values this issuer may point to. */
  jku?: string[];
}

export interface TrustConfig {
  issuers: TrustedIssuer[];
  publicUrl?: string;
  allowUnsigned: boolean;
  /** What is wrong with the configuration; a service with problems trusts no one. */
  problems: string[];
}

export type CallerCheck = { ok: true; signed: boolean } | { ok: false; message: string };

/** Asymmetric JWS algorithms (RFC 7518 and RFC 8037); CDS Hooks recommends ES384 and RS384. */
export const acceptedAlgorithms = [
  "ES256",
  "ES384",
  "ES512",
  "RS256",
  "RS384",
  "RS512",
  "PS256",
  "PS384",
  "PS512",
  "EdDSA",
  "Ed25519",
];
/** CDS Hooks tokens are made per call; an older one is refused, which also bounds the replay memory. */
const maxTokenAgeSeconds = 5 * 60;
const clockToleranceSeconds = 60;

const isStringList = (value: unknown): value is string[] =>
  Array.isArray(value) && value.every((entry) => typeof entry === "string");

/** TLS for key URLs, except on this machine (tests and local EHR simulators). */
function keyUrlProblem(url: string, label: string): string | undefined {
  try {
    const { protocol, hostname } = new URL(url);
    if (protocol === "https:") return undefined;
    if (protocol === "http:" && (hostname === "127.0.0.1" || hostname === "localhost" || hostname === "[::1]"))
      return undefined;
    return `${label} must be an https URL.`;
  } catch {
    return `${label} is not a URL.`;
  }
}

/** The configuration from environment variables (pure: the variables are passed in). */
export function parseTrustConfig(env: Readonly<Record<string, string | undefined>>): TrustConfig {
  const problems: string[] = [];
  const issuers: TrustedIssuer[] = [];
  const raw = env.JAK_CDS_TRUSTED_ISSUERS?.trim();
  if (raw) {
    let parsed: unknown;
    try {
      parsed = JSON.parse(raw);
    } catch {
      problems.push("JAK_CDS_TRUSTED_ISSUERS is not valid JSON.");
    }
    if (parsed !== undefined && !Array.isArray(parsed)) problems.push("JAK_CDS_TRUSTED_ISSUERS must be a JSON list.");
    (Array.isArray(parsed) ? parsed : []).forEach((entry: unknown, index) => {
      const at = `JAK_CDS_TRUSTED_ISSUERS[${index}]`;
      if (!isJsonObject(entry) || typeof entry.iss !== "string" || entry.iss === "")
        return problems.push(`${at} needs an "iss".`);
      const issuer: TrustedIssuer = { iss: entry.iss };
      if (entry.jwksUrl !== undefined) {
        const problem =
          typeof entry.jwksUrl === "string"
            ? keyUrlProblem(entry.jwksUrl, `${at}.jwksUrl`)
            : `${at}.jwksUrl must be a string.`;
        if (problem) return problems.push(problem);
        issuer.jwksUrl = entry.jwksUrl as string;
      }
      if (entry.jwks !== undefined) {
        if (!isJsonObject(entry.jwks) || !Array.isArray(entry.jwks.keys))
          return problems.push(`${at}.jwks must be a JWK Set ({ "keys": [...] }).`);
        issuer.jwks = createLocalJWKSet(entry.jwks as unknown as JSONWebKeySet);
      }
      if (entry.jku !== undefined) {
        if (!isStringList(entry.jku)) return problems.push(`${at}.jku must be a list of URLs.`);
        const problem = entry.jku.map((url) => keyUrlProblem(url, `${at}.jku`)).find(Boolean);
        if (problem) return problems.push(problem);
        issuer.jku = entry.jku;
      }
      if (!issuer.jwksUrl && !issuer.jwks && !issuer.jku?.length)
        return problems.push(`${at} needs its keys: "jwksUrl", "jwks" or "jku".`);
      issuers.push(issuer);
    });
  }
  const publicUrl = env.JAK_CDS_PUBLIC_URL?.trim().replace(/\/+$/, "") || undefined;
  if (issuers.length > 0 && !publicUrl)
    problems.push("JAK_CDS_PUBLIC_URL is not set: tokens are checked for this service's own URL.");
  return {
    issuers: problems.length ? [] : issuers,
    publicUrl,
    allowUnsigned: env.JAK_CDS_ALLOW_UNSIGNED === "1",
    problems,
  };
}

let cached: { key: string; config: TrustConfig } | undefined;

/** The configuration of this process, parsed again only when the variables change. */
export function trustConfig(env: Readonly<Record<string, string | undefined>> = process.env): TrustConfig {
  const key = [env.JAK_CDS_TRUSTED_ISSUERS, env.JAK_CDS_PUBLIC_URL, env.JAK_CDS_ALLOW_UNSIGNED].join("\u0000");
  if (cached?.key !== key) cached = { key, config: parseTrustConfig(env) };
  return cached.config;
}

// Remote key sets by URL, kept so each is fetched once and then cached (and refreshed) by jose.
const remoteKeySets = new Map<string, JWTVerifyGetKey>();
function remote(url: string): JWTVerifyGetKey {
  let keySet = remoteKeySets.get(url);
  if (!keySet) {
    keySet = createRemoteJWKSet(new URL(url), { timeoutDuration: 3000 });
    remoteKeySets.set(url, keySet);
  }
  return keySet;
}

// Tokens seen, by issuer and jti, until they could no longer be accepted anyway.
const seenTokens = new Map<string, number>();
let sinceSweep = 0;
function alreadySeen(key: string, acceptableUntil: number, now: number): boolean {
  if (++sinceSweep >= 1000) {
    sinceSweep = 0;
    for (const [seen, until] of seenTokens) if (until < now) seenTokens.delete(seen);
  }
  const until = seenTokens.get(key);
  if (until !== undefined && until >= now) return true;
  seenTokens.set(key, acceptableUntil);
  return false;
}

export const howToTrust =
  "This CDS Hooks service trusts no EHR yet: its deployer sets JAK_CDS_TRUSTED_ISSUERS (each EHR's issuer and keys) and JAK_CDS_PUBLIC_URL, or, for development only, JAK_CDS_ALLOW_UNSIGNED=1 (see SECURITY.md).";

function refusalFor(error: unknown): string {
  if (error instanceof errors.JWTExpired)
    return error.claim === "iat" ? "The token is older than five minutes." : "The token has expired.";
  if (error instanceof errors.JWTClaimValidationFailed) {
    if (error.claim === "aud") return "The token is not for this service (aud must be this service's URL).";
    if (error.claim === "iat") return "The token is older than five minutes, or has no iat.";
    return `The token's ${error.claim} claim is ${error.reason === "missing" ? "missing" : "not acceptable"}.`;
  }
  if (error instanceof errors.JOSEAlgNotAllowed)
    return `The token's algorithm is not accepted; use one of ${acceptedAlgorithms.join(", ")}.`;
  if (error instanceof errors.JWKSNoMatchingKey || error instanceof errors.JWSSignatureVerificationFailed)
    return "The token's signature does not match the issuer's keys.";
  if (error instanceof errors.JWKSTimeout || error instanceof errors.JWKSInvalid)
    return "The issuer's keys could not be fetched.";
  return "The token is not a valid signed JWT.";
}

/**
 * Checks the caller of `servicePath` (e.g. `/cds-services/jak-monitoring`) against the
 * configuration. `now` is the caller's clock in milliseconds.
 */
export async function checkCaller(
  authorization: string | null,
  servicePath: string,
  config: TrustConfig,
  now: number,
): Promise<CallerCheck> {
  const token = /^Bearer\s+(\S+)\s*$/i.exec(authorization ?? "")?.[1];
  if (config.issuers.length === 0) {
    if (config.allowUnsigned) return { ok: true, signed: false };
    return { ok: false, message: [howToTrust, ...config.problems].join(" ") };
  }
  if (!token)
    return config.allowUnsigned
      ? { ok: true, signed: false }
      : { ok: false, message: "Send the EHR's signed JWT as 'Authorization: Bearer <token>' (CDS Hooks 2.0)." };

  let header: ReturnType<typeof decodeProtectedHeader>;
  let issuerName: unknown;
  try {
    header = decodeProtectedHeader(token);
    issuerName = decodeJwt(token).iss;
  } catch {
    return { ok: false, message: "The token is not a valid signed JWT." };
  }
  if (typeof header.alg !== "string" || !acceptedAlgorithms.includes(header.alg)) {
    return {
      ok: false,
      message: `The token's algorithm is not accepted; use one of ${acceptedAlgorithms.join(", ")}.`,
    };
  }
  const issuer = config.issuers.find((candidate) => candidate.iss === issuerName);
  if (!issuer) return { ok: false, message: "The token's issuer (iss) is not one this service trusts." };

  let keys: JWTVerifyGetKey;
  if (header.jku !== undefined) {
    if (!issuer.jku?.includes(header.jku))
      return { ok: false, message: "The token's jku is not a key URL this service allows for its issuer." };
    keys = remote(header.jku);
  } else if (issuer.jwks) {
    keys = issuer.jwks;
  } else if (issuer.jwksUrl) {
    keys = remote(issuer.jwksUrl);
  } else {
    return { ok: false, message: "The token names no jku, and this service has no other keys for its issuer." };
  }

  try {
    const { payload } = await jwtVerify(token, keys, {
      issuer: issuer.iss,
      audience: `${config.publicUrl}${servicePath}`,
      algorithms: acceptedAlgorithms,
      requiredClaims: ["exp", "iat", "jti"],
      maxTokenAge: maxTokenAgeSeconds,
      clockTolerance: clockToleranceSeconds,
      currentDate: new Date(now),
    });
    if (typeof payload.jti !== "string" || payload.jti === "")
      return { ok: false, message: "The token's jti claim is missing." };
    const lastAcceptable =
      (Math.min(payload.exp ?? 0, (payload.iat ?? 0) + maxTokenAgeSeconds) + clockToleranceSeconds) * 1000;
    if (alreadySeen(`${issuer.iss}\u0000${payload.jti}`, lastAcceptable, now))
      return { ok: false, message: "The token has been used before (jti)." };
    return { ok: true, signed: true };
  } catch (error) {
    return { ok: false, message: refusalFor(error) };
  }
}
