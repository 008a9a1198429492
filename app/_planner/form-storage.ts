import { planRequestSchema, type PlanRequest } from "@/lib/schema/plan-request";
import type { FormValues, UnitPreferences } from "./form-values";

/**
 * Where the planner keeps things, all in this browser: the form in session storage (gone
 * when the tab closes), unit preferences in local storage (no patient data), and a share
 * link whose data sits in the URL fragment, which browsers never send to the server.
 */
const formKey = "jak-monitor:form:v1";
const unitsKey = "jak-monitor:units:v1";
const fragmentKey = "request=";

export function loadSavedForm(): FormValues | null {
  try {
    const saved = sessionStorage.getItem(formKey);
    return saved ? (JSON.parse(saved) as FormValues) : null;
  } catch {
    return null;
  }
}

export function saveForm(values: FormValues): void {
  try {
    sessionStorage.setItem(formKey, JSON.stringify(values));
  } catch {
    // Storage full or disabled: the form still works, it just won't survive a reload.
  }
}

export function clearSavedForm(): void {
  try {
    sessionStorage.removeItem(formKey);
  } catch {
    // Nothing saved to clear.
  }
}

export function loadUnitPreferences(): UnitPreferences {
  try {
    return JSON.parse(localStorage.getItem(unitsKey) ?? "{}") as UnitPreferences;
  } catch {
    return {};
  }
}

export function saveUnitPreferences(units: UnitPreferences): void {
  try {
    localStorage.setItem(unitsKey, JSON.stringify(units));
  } catch {
    // Preferences are a convenience only.
  }
}

function toBase64Url(text: string): string {
  const bytes = new TextEncoder().encode(text);
  let binary = "";
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
}

function fromBase64Url(encoded: string): string {
  const binary = atob(encoded.replace(/-/g, "+").replace(/_/g, "/"));
  return new TextDecoder().decode(Uint8Array.from(binary, (char) => char.charCodeAt(0)));
}

/** A link to this page that carries the request in its fragment. */
export function shareLinkFor(request: unknown, location: Location): string {
  return `${location.origin}${location.pathname}#${fragmentKey}${toBase64Url(JSON.stringify(request))}`;
}

/** The request in the URL fragment: none, one that cannot be read, or a valid request. */
export function requestFromFragment(hash: string): PlanRequest | "unreadable" | null {
  const at = hash.indexOf(fragmentKey);
  if (at === -1) return null;
  try {
    const parsed = planRequestSchema.safeParse(JSON.parse(fromBase64Url(hash.slice(at + fragmentKey.length))));
    return parsed.success ? parsed.data : "unreadable";
  } catch {
    return "unreadable";
  }
}
