import { calendarDateOf } from "@/lib/dates/calendar-date";
import { analyteHistories } from "@/lib/history/analyte-history";
import { regionLabelName } from "@/lib/words/regions";
import type { Plan } from "@/lib/contract/plan";
import type { PlanRequest } from "@/lib/contract/plan-request";
import { AnalyteHistories } from "./analyte-history";
import { PrintView } from "./print-view";
import { Findings, Schedule } from "./results";

/**
 * The plan on screen and on paper. Loaded after the form (the planner imports it lazily),
 * with the schema and the engine, so the page's first script carries the form only.
 */
export default function PlanResults({ plan, request }: { plan: Plan; request: PlanRequest }) {
  return (
    <>
      <div className="no-print">
        <Findings plan={plan} />
        <Schedule plan={plan} />
        <AnalyteHistories histories={analyteHistories(request)} />
        <p className="meta">
          Rules version {plan.rulesVersion} · contract v{plan.contractVersion} · {regionLabelName(plan.labelRegion)}{" "}
          thresholds
        </p>
      </div>
      <PrintView plan={plan} generatedOn={calendarDateOf(new Date())} />
    </>
  );
}
