import type { ReactNode } from "react";

// A word with a slash in it: a unit ("cells/µL", "×10⁹/L", "mL/min/1.73"), with what touches it.
const slashed = /[^\s/]+(?:\/[^\s/]+)+/g;

/**
 * Text whose units are not broken at the slash at the end of a line ("cells/" then "µL" on a
 * phone). Only the wrapping changes: the text itself is the same.
 */
export function UnitsKeptWhole({ text }: { text: string }) {
  const parts: ReactNode[] = [];
  let from = 0;
  for (const match of text.matchAll(slashed)) {
    parts.push(text.slice(from, match.index));
    parts.push(
      <span key={match.index} className="unit-whole">
        {match[0]}
      </span>,
    );
    from = match.index + match[0].length;
  }
  parts.push(text.slice(from));
  return <>{parts}</>;
}
