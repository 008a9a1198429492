import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { drugRules, rulesVersion } from "@/rules";
import { drugIds, type DrugId } from "@/rules/types";
import { formatHumanDate } from "@/lib/dates/human-date";
import { explorerRulesOf } from "@/lib/explorer/drug-rules";
import { ruleHref, ruleKindNames, ruleKinds } from "@/lib/explorer/explorer-rule";
import { indicationNames } from "@/lib/words/indications";
import { workedExampleRequest, workedExampleSummary } from "@/lib/explorer/worked-example";
import { buildPlan } from "@/lib/plan";
import { scheduleItemNames } from "@/lib/words/schedule-items";
import { planRequestSchema } from "@/lib/contract/plan-request";
import { requestFragment } from "@/lib/contract/share-link";
import { RegionBadge } from "../_components/region-badge";
import { RuleCard } from "../_components/rule-card";

export const dynamicParams = false;

export function generateStaticParams() {
  return drugIds.map((drug) => ({ drug }));
}

const isDrugId = (value: string): value is DrugId => (drugIds as readonly string[]).includes(value);

export async function generateMetadata({ params }: { params: Promise<{ drug: string }> }): Promise<Metadata> {
  const { drug } = await params;
  if (!isDrugId(drug)) return {};
  const rules = drugRules[drug];
  return {
    title: `${rules.name} (${rules.brand}) rules — JAK Monitor`,
    description: `Every monitoring rule of ${rules.name}, with its source.`,
  };
}

/** One drug: indications, doses, every rule in plain words with its sources, and a worked example. */
export default async function DrugRulesPage({ params }: { params: Promise<{ drug: string }> }) {
  const { drug } = await params;
  if (!isDrugId(drug)) notFound();
  const rules = drugRules[drug];
  const rows = explorerRulesOf(rules);
  const groups = ruleKinds
    .map((kind) => ({ kind, rules: rows.filter((row) => row.kind === kind) }))
    .filter((group) => group.rules.length > 0);
  const doseAdjustments = rows.filter((row) => row.kind === "dose-adjustment");
  const example = workedExampleRequest(drug);
  const plan = buildPlan(planRequestSchema.parse(example));

  return (
    <>
      <p className="breadcrumb">
        <Link href="/rules">Rules explorer</Link> › {rules.name}
      </p>
      <h1>
        {rules.name} ({rules.brand})
      </h1>
      <p className="lede">
        {rules.mechanism} · {rules.route} · {rows.length} rules · rules version {rulesVersion}
      </p>
      <nav aria-label="On this page" className="on-this-page">
        <ul>
          <li>
            <a href="#doses">Doses</a>
          </li>
          <li>
            <a href="#worked-example">Worked example</a>
          </li>
          {groups.map((group) => (
            <li key={group.kind}>
              <a href={`#${group.kind}`}>{ruleKindNames[group.kind]}</a>
            </li>
          ))}
        </ul>
      </nav>

      <section aria-labelledby="doses">
        <h2 id="doses">Doses</h2>
        {rules.doses.length === 0 ? (
          <p>Applied to the skin: no daily dose in mg. The amount and area are in the advice below.</p>
        ) : (
          <table className="dose-table">
            <caption className="visually-hidden">Doses of {rules.name}</caption>
            <thead>
              <tr>
                <th scope="col">Regimen</th>
                <th scope="col">Daily dose</th>
                <th scope="col">Indications</th>
                <th scope="col">When it is used</th>
              </tr>
            </thead>
            <tbody>
              {rules.doses.map((dose) => (
                <tr key={dose.doseMg}>
                  <th scope="row">
                    <a href={`#${dose.id}`}>{dose.regimen}</a>
                  </th>
                  <td data-label="Daily dose">{dose.doseMg} mg</td>
                  <td data-label="Indications">
                    {dose.indications.map((indication) => indicationNames[indication]).join(", ")}
                  </td>
                  <td data-label="When it is used">{dose.use}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
        {doseAdjustments.length > 0 ? (
          <>
            <h3>Dose adjustments</h3>
            <ul>
              {doseAdjustments.map((rule) => (
                <li key={rule.id}>
                  {/* The labels' steps differ (eGFR 30–59: 50 mg under one, half the dose under the other): each says whose it is. */}
                  <a href={`#${rule.id}`}>{rule.summary.both}</a> <RegionBadge region={rule.region} />
                </li>
              ))}
            </ul>
          </>
        ) : null}
      </section>

      <section aria-labelledby="worked-example" className="worked-example">
        <h2 id="worked-example">Worked example</h2>
        <p>{workedExampleSummary(drug)}</p>
        {plan.visits.length === 0 ? (
          <p>The plan has no dated visits: the label asks for no routine tests.</p>
        ) : (
          <ul className="visit-summary">
            {plan.visits.map((visit) => (
              <li key={visit.date}>
                <time dateTime={visit.date}>{formatHumanDate(visit.date)}</time> ({visit.label}):{" "}
                {visit.items.map((item) => scheduleItemNames[item.test]).join("; ")}
              </li>
            ))}
          </ul>
        )}
        <p>
          <a className="button-link" href={`/${requestFragment(example)}`}>
            Open this example in the planner
          </a>
        </p>
      </section>

      {groups.map((group) => (
        <section key={group.kind} aria-labelledby={group.kind}>
          <h2 id={group.kind}>{ruleKindNames[group.kind]}</h2>
          <ol className="rule-list">
            {group.rules.map((rule) => (
              <RuleCard key={rule.id} rule={rule} />
            ))}
          </ol>
        </section>
      ))}
      <p className="meta">
        <Link href="/rules">Back to the comparison</Link> · Every rule here has the anchor of its id, e.g.{" "}
        <code>{rows[0] ? ruleHref(rows[0]) : `/rules/${drug}`}</code>.
      </p>
    </>
  );
}
