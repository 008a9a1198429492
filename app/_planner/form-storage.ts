import { requestFragment } from "@/lib/share/request-fragment";
import type { FormValues, UnitPreferences } from "./form-values";

/**
 * Where the planner keeps things, all in this browser: the form in session storage (gone
 * when the tab closes), unit preferences in local storage (no patient data), and a share
 * link whose data sits in the URL fragment, which browsers never send to the server.
 */
const formKey = "jak-monitor:form:v1";
const unitsKey = "jak-monitor:units:v1";

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

/** A link to this page that carries the request in its fragment. */
export function shareLinkFor(request: unknown, location: Location): string {
  return `${location.origin}${location.pathname}${requestFragment(request)}`;
}

