/**
 * The quick filter over rules. Framework-free and free of the rule data itself, so the
 * browser gets only the matching code and the entries the page hands it.
 */

/** Lower case, runs of white space as one space: how queries and rule words are compared. */
export function normalizeForSearch(text: string): string {
  return text.toLowerCase().replace(/\s+/g, " ").trim();
}

/**
 * The entries whose words contain the query as a phrase ("12 weeks", "zoster", "platelets"),
 * case-insensitive. An empty query matches nothing: the search lists results only on demand.
 */
export function searchRules<T extends { haystack: string }>(entries: readonly T[], query: string): T[] {
  const phrase = normalizeForSearch(query);
  if (phrase === "") return [];
  return entries.filter((entry) => entry.haystack.includes(phrase));
}
