import { labResultSchema, type LabResult } from "@/lib/contract/plan-request";
import { analyteName } from "@/lib/units/format";
import type { Extraction, LabCandidate, OrderFacts, PatientFacts, ReadOptions } from "./facts";
import type { Report } from "./report";

/** A result checked with the shared schema now that it is used; a refused one is reported. */
function checkedLab(candidate: LabCandidate, report: Report): LabResult | undefined {
  const checked = labResultSchema.safeParse(candidate.lab);
  if (checked.success) return checked.data;
  report?.push({
    resource: candidate.name,
    outcome: "ignored",
    detail: `${analyteName(candidate.lab.test)}: ${checked.error.issues[0]?.message ?? "not a valid result."}`,
  });
  return undefined;
}

/**
 * An order and the patient's facts as one extraction. Baseline: the latest valid result on or
 * before the start date. Follow-up: every result after it, one per test and date. Only the
 * results used are checked with the schema, so a long history costs little more than a short one.
 */
export function extractionFor(
  order: OrderFacts,
  facts: PatientFacts,
  options: ReadOptions,
  report: Report = null,
): Extraction {
  const labs: LabResult[] = [];
  const cutoff = order.startDate ?? options.asOf;
  const baselineDates = new Set<string>();
  for (const [test, candidates] of facts.labs) {
    let baseline: LabResult | undefined;
    const followUpDates = new Set<string>();
    const used: LabResult[] = [];
    for (const candidate of candidates) {
      const { date } = candidate.lab;
      const isFollowUp = date > cutoff;
      if (isFollowUp ? followUpDates.has(date) : baseline !== undefined) {
        report?.push({
          resource: candidate.name,
          outcome: "ignored",
          detail:
            isFollowUp || date === baseline?.date
              ? `${analyteName(test)}: a second result on ${date}; the planner takes one per test and date, the more cautious.`
              : `${analyteName(test)}: older than the baseline result of ${baseline?.date}; the planner takes one per test and date.`,
        });
        continue;
      }
      const lab = checkedLab(candidate, report);
      if (!lab) continue;
      used.push(lab);
      if (isFollowUp) followUpDates.add(date);
      else {
        baseline = lab;
        baselineDates.add(date);
      }
      report?.push({
        resource: candidate.name,
        outcome: "read",
        detail: `${analyteName(test)} ${lab.value} ${lab.unit} on ${lab.date} (${isFollowUp ? "follow-up" : "baseline"})`,
      });
    }
    // Oldest first, as results are written down: the baseline, then the follow-ups.
    labs.push(...used.reverse());
  }
  const notes = [...order.notes, ...facts.notes];
  if (baselineDates.size > 1)
    notes.push(
      `The baseline labs were drawn on ${baselineDates.size} dates; the planner form keeps one date for all of them (the latest).`,
    );
  return {
    drug: order.drug,
    indication: order.indication,
    doseMg: order.doseMg,
    startDate: order.startDate,
    ageYears: facts.ageYears,
    sex: facts.sex,
    labs,
    zoster: [...facts.zoster],
    report: report ?? [],
    notes,
  };
}
