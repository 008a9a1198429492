import { calendarDateOf } from "@/lib/dates/calendar-date";
import { analyteHistories } from "@/lib/history/analyte-history";
import { scheduleTimeline } from "@/lib/planner/schedule-timeline";
import { regionLabelName } from "@/lib/words/regions";
import type { Plan } from "@/lib/contract/plan";
import type { PlanRequest } from "@/lib/contract/plan-request";
import { AnalyteHistories } from "./analyte-history";
import { PrintView } from "./print-view";
import { Findings, Schedule, ScheduleSummary, StopBanner } from "./results";
import type { SheetDetails } from "./sheet-details";
import { ScheduleTimeline } from "./schedule-timeline";

/**
 * The plan on screen and on paper. Loaded after the form (the planner imports it lazily),
 * with the schema and the engine, so the page's first script carries the form only.
 */
export default function PlanResults({
  plan,
  request,
  provisional = false,
  sheetDetails,
}: {
  plan: Plan;
  request: PlanRequest;
  /** Made without values the form refused: shown, never printed. */
  provisional?: boolean;
  /** The nurse's details for the printed patient page. */
  sheetDetails: SheetDetails;
}) {
  const timeline = scheduleTimeline(plan, request);
  return (
    <>
      <div className="no-print plan-results-screen">
        <StopBanner plan={plan} aboveThePlan />
        <ScheduleSummary plan={plan} />
        <Findings plan={plan} stopBannerAbove />
        <Schedule plan={plan} />
        <ScheduleTimeline timeline={timeline} headingLevel={2} />
        <AnalyteHistories histories={analyteHistories(request)} />
        <p className="meta">
          Rules version {plan.rulesVersion} · contract v{plan.contractVersion} · {regionLabelName(plan.labelRegion)}{" "}
          thresholds
        </p>
      </div>
      {provisional ? (
        <p className="print-only">
          This plan is not ready to print: some values in the form need fixing. Fix them on screen, then print again.
        </p>
      ) : (
        <PrintView
          plan={plan}
          generatedOn={calendarDateOf(new Date())}
          sheetDetails={sheetDetails}
          timeline={timeline}
        />
      )}
    </>
  );
}
