import { it } from "vitest";
import { cleanRequest, plan, minimalRequest } from "../support/requests";
const show = (p: any) => { console.log(JSON.stringify(p.findings.filter((f: any) => f.ruleId.includes(".treatment.") || f.ruleId.includes(".dose.")).map((f: any) => [f.action, f.ruleId, f.message]), null, 1)); console.log(p.visits.filter((v: any) => v.date > "2027-01-04").map((v: any) => `${v.date} ${v.label}: ${v.items.map((i: any) => i.test + "/" + i.status + "/" + i.ruleId).join(", ")}`).join("\n")); };
it("x", () => {
  const r = cleanRequest("abrocitinib");
  show(plan({ ...r, labs: [...r.labs!, { test: "platelets", value: 45, unit: "10^9/L", date: "2027-02-01" }] }));
  show(plan({ ...r, recheckAfterWeeks: 2, labs: [...r.labs!, { test: "platelets", value: 45, unit: "10^9/L", date: "2027-02-01" }] }));
  const u = cleanRequest("upadacitinib", { asOf: "2027-04-10" });
  show(plan({ ...u, labs: [...u.labs!, { test: "alc", value: 1.5, unit: "10^9/L", date: "2027-01-11" }] }));
  const t = cleanRequest("tofacitinib");
  show(plan({ ...t, labs: [...t.labs!, { test: "anc", value: 0.8, unit: "10^9/L", date: "2027-02-01" }, { test: "anc", value: 0.4, unit: "10^9/L", date: "2027-02-08" }] }));
});
