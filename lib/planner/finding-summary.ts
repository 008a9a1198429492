/**
 * A finding's message split for its card: the first sentence as the summary line, and the rest as
 * the detail that goes on from it. A decimal point or an abbreviation's dot is not a sentence end,
 * and a short lead-in that only says whose rule it is ("Under the EU SmPC:") runs on into what it
 * says, so a folded card never reads "Note Under the EU SmPC:" and nothing more.
 */
export function findingSummary(message: string): { summary: string; rest: string } {
  const sentenceEnd = /[.:;](?=\s+[A-Z(])/g;
  for (let end = sentenceEnd.exec(message); end; end = sentenceEnd.exec(message)) {
    const summary = message.slice(0, end.index + 1);
    if (end[0] === ":" && summary.length < leadInLength) continue;
    return { summary, rest: message.slice(summary.length).trim() };
  }
  return { summary: message, rest: "" };
}

/** A colon this early ends a lead-in ("Under the US label:"), not a sentence. */
const leadInLength = 40;
