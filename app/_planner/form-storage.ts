import { requestFragment } from "@/lib/contract/share-link";
import type { LabTestId } from "@/rules/types";
import type { FormValues, UnitPreferences } from "./form-values";
import { checkedUnitPreferences } from "./saved-form";
import { checkedSheetDetails, emptySheetDetails, type SheetDetails } from "./sheet-details";

/**
 * Where the planner keeps things, all in this browser: the form, the share link it last took
 * in and the patient sheet's details in session storage (gone when the tab closes), unit
 * preferences in local storage (no patient data), and a share link whose data sits in the URL
 * fragment, which browsers never send to the server.
 */
const formKey = "jak-monitor:form:v1";
const unitsKey = "jak-monitor:units:v1";
const loadedLinkKey = "jak-monitor:loaded-share-link:v1";
const sheetDetailsKey = "jak-monitor:sheet-details:v1";

/**
 * The saved form as parsed JSON, not yet checked (see saved-form.ts): none, text that is not
 * JSON, or a value.
 */
export function loadSavedForm(): { kind: "none" } | { kind: "unreadable" } | { kind: "saved"; value: unknown } {
  let saved: string | null;
  try {
    saved = sessionStorage.getItem(formKey);
  } catch {
    return { kind: "none" };
  }
  if (!saved) return { kind: "none" };
  try {
    return { kind: "saved", value: JSON.parse(saved) as unknown };
  } catch {
    return { kind: "unreadable" };
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

/**
 * Remembers that this tab's form took in the request of `fragment` (a share link opened, or
 * the one just copied), so that a reload or Back to that address keeps the edits made since.
 */
export function rememberLoadedShareLink(fragment: string): void {
  try {
    sessionStorage.setItem(loadedLinkKey, fragment);
  } catch {
    // Without storage nothing is saved either: the link is all there is to load.
  }
}

/** True when this tab's form already took in the request of `fragment`. */
export function wasShareLinkLoaded(fragment: string): boolean {
  try {
    return sessionStorage.getItem(loadedLinkKey) === fragment;
  } catch {
    return false;
  }
}

/** The details typed for the patient's sheet in this tab, or none. */
export function loadSheetDetails(): SheetDetails {
  try {
    return checkedSheetDetails(JSON.parse(sessionStorage.getItem(sheetDetailsKey) ?? "null"));
  } catch {
    return emptySheetDetails;
  }
}

/** Keeps the sheet's details for this tab only; empty details leave nothing behind. */
export function saveSheetDetails(details: SheetDetails): void {
  try {
    if (Object.values(details).every((value) => value === "")) sessionStorage.removeItem(sheetDetailsKey);
    else sessionStorage.setItem(sheetDetailsKey, JSON.stringify(details));
  } catch {
    // The details still print; they just won't survive a reload.
  }
}

/** The units last chosen per lab; a stored entry that is not a unit of its lab is left out. */
export function loadUnitPreferences(): UnitPreferences {
  try {
    return checkedUnitPreferences(JSON.parse(localStorage.getItem(unitsKey) ?? "{}"));
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

/** Remembers one analyte's unit, keeping the others': new lab tables start in it. */
export function rememberUnit(test: LabTestId, unit: string): void {
  saveUnitPreferences({ ...loadUnitPreferences(), [test]: unit });
}

/** A link to this page that carries the request in its fragment. */
export function shareLinkFor(request: unknown, location: Location): string {
  return `${location.origin}${location.pathname}${requestFragment(request)}`;
}
