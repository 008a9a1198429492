import type { Metadata } from "next";
import Link from "next/link";
import { drugRules } from "@/rules";
import { teachingCases } from "@/lib/teaching/cases";

export const metadata: Metadata = {
  title: "Teaching cases — JAK Monitor",
  description:
    "Short vignettes to check yourself on JAK inhibitor monitoring, marked by the same engine as the planner.",
};

export default function TeachingCasesPage() {
  return (
    <>
      <p className="breadcrumb">
        <Link href="/rules">Rules explorer</Link> › Teaching cases
      </p>
      <h1>Teaching cases</h1>
      <p className="lede">
        Answer first — may this patient start, which tests, when — then see the app&apos;s plan and the rules that
        decided it. Each case runs through the same engine as the planner, so the answers follow the current rules
        version.
      </p>
      <ul className="case-list">
        {teachingCases.map((entry) => (
          <li key={entry.id} className="case-card">
            <h2>
              <Link href={`/rules/cases/${entry.id}`}>{entry.title}</Link>
            </h2>
            <p>
              {drugRules[entry.drug].name} · {entry.questions.length} question{entry.questions.length === 1 ? "" : "s"}
            </p>
            <p>
              {entry.tags.map((tag) => (
                <span key={tag} className="tag">
                  {tag}
                </span>
              ))}
            </p>
          </li>
        ))}
      </ul>
    </>
  );
}
