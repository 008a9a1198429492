import { drugChoicesOf } from "@/lib/planner/drug-choices";
import { drugRules } from "@/rules";
import { Planner } from "./_planner/planner";

export default function PlannerPage() {
  return (
    <>
      <h1 className="no-print">Monitoring planner</h1>
      <p className="lede no-print">
        Enter the drug, start date, patient facts and baseline labs. The findings and the dated schedule update as you
        type; nothing leaves this browser.
      </p>
      <Planner drugChoices={drugChoicesOf(drugRules)} />
    </>
  );
}
