import { useSyncExternalStore } from "react";

const subscribe = () => () => {};

/**
 * False in the server's HTML and until React has hydrated the page, then true. A register form
 * keeps its submit button disabled until then: submitted natively, it would send what was typed
 * (a password, a patient's results) to the page's address instead of to the register's API.
 */
export function useHydrated(): boolean {
  return useSyncExternalStore(
    subscribe,
    () => true,
    () => false,
  );
}
