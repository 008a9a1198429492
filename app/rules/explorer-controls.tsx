"use client";

import Link from "next/link";
import { useEffect, useId, useMemo, useState, type ReactNode } from "react";
import type { DrugId, IndicationId } from "@/rules/types";
import { indicationNames } from "@/lib/words/indications";
import { searchRules } from "@/lib/explorer/search";
import type { SearchEntry } from "@/lib/explorer/search-entry";
import { unitSystemNames } from "@/lib/explorer/unit-systems";
import { unitSystems, type UnitSystem } from "@/lib/units/unit-systems";

export interface DrugFacet {
  drug: DrugId;
  route: "oral" | "topical";
  indications: readonly IndicationId[];
}

type Route = "all" | "oral" | "topical";
const unitsKey = "jak-monitor:explorer-units:v1";

/**
 * The explorer's switches: units, indication and route filters, and a quick search over
 * every rule. The matrix itself is server-rendered and passed in as children; the filters
 * show or hide its rows through data attributes, so this component ships little code.
 */
/** "3 rules match “zoster” in 2 drugs", or "No rule matches “xyzzy”": never "0 rules … in 9 of 9 drugs". */
function matchesWords(results: readonly { drug: string }[], query: string): string {
  if (results.length === 0) return `No rule matches “${query}”.`;
  const drugCount = new Set(results.map((result) => result.drug)).size;
  return `${results.length} rule${results.length === 1 ? "" : "s"} match${results.length === 1 ? "es" : ""} “${query}” in ${drugCount} drug${drugCount === 1 ? "" : "s"}.`;
}

export function ExplorerControls({
  drugs,
  indications,
  entries,
  children,
}: {
  drugs: readonly DrugFacet[];
  indications: readonly IndicationId[];
  entries: readonly SearchEntry[];
  children: ReactNode;
}) {
  const [units, setUnits] = useState<UnitSystem>("conventional");
  const [indication, setIndication] = useState<IndicationId | "all">("all");
  const [route, setRoute] = useState<Route>("all");
  const [query, setQuery] = useState("");
  const searchId = useId();

  useEffect(() => {
    const saved = localStorage.getItem(unitsKey);
    if (saved === "si" || saved === "conventional") setUnits(saved);
  }, []);

  const chooseUnits = (next: UnitSystem) => {
    setUnits(next);
    try {
      localStorage.setItem(unitsKey, next);
    } catch {
      // A preference only.
    }
  };

  const shown = (facet: Pick<DrugFacet, "route" | "indications">) =>
    (route === "all" || facet.route === route) && (indication === "all" || facet.indications.includes(indication));
  const shownDrugs = drugs.filter(shown);
  const results = useMemo(() => searchRules(entries, query), [entries, query]);
  const shownResults = results.filter(shown);

  return (
    <div className="explorer" data-units={units} data-route={route} data-indication={indication}>
      <div className="explorer-controls">
        <fieldset className="inline">
          <legend>Units</legend>
          {unitSystems.map((system) => (
            <label key={system}>
              <input
                type="radio"
                name="units"
                value={system}
                checked={units === system}
                onChange={() => chooseUnits(system)}
              />{" "}
              {unitSystemNames[system]}
            </label>
          ))}
        </fieldset>
        <div className="row">
          <div className="field">
            <label htmlFor="indication-filter">Indication</label>
            <select
              id="indication-filter"
              value={indication}
              onChange={(event) => setIndication(event.target.value as IndicationId | "all")}
            >
              <option value="all">All indications</option>
              {indications.map((entry) => (
                <option key={entry} value={entry}>
                  {indicationNames[entry]}
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label htmlFor="route-filter">Route</label>
            <select id="route-filter" value={route} onChange={(event) => setRoute(event.target.value as Route)}>
              <option value="all">Oral and topical</option>
              <option value="oral">Oral</option>
              <option value="topical">Topical</option>
            </select>
          </div>
          <div className="field search-field">
            <label htmlFor={searchId}>Search the rules</label>
            <input
              id={searchId}
              type="search"
              value={query}
              placeholder="platelets, zoster, 12 weeks…"
              onChange={(event) => setQuery(event.target.value)}
              aria-describedby={`${searchId}-hint`}
            />
            <p className="hint" id={`${searchId}-hint`}>
              Matches words in any rule of the drugs shown, its id or its source.
            </p>
          </div>
        </div>
        <p className="notice" role="status">
          {query.trim() === ""
            ? `Showing ${shownDrugs.length} of ${drugs.length} drugs.`
            : matchesWords(shownResults, query.trim())}
        </p>
      </div>
      {query.trim() !== "" ? (
        <section aria-labelledby="search-results-heading" className="search-results">
          <h2 id="search-results-heading">Rules matching “{query.trim()}”</h2>
          {shownResults.length === 0 ? (
            <p>No rule matches. Try another word, or clear the filters.</p>
          ) : (
            <ul className="result-list">
              {shownResults.map((entry) => (
                <li key={entry.id}>
                  <Link href={`/rules/${entry.drug}#${entry.id}`}>
                    <strong>{entry.drugName}</strong> · {entry.kind}
                  </Link>
                  <span className="result-text"> {entry.text[units]}</span>
                </li>
              ))}
            </ul>
          )}
        </section>
      ) : null}
      {shownDrugs.length === 0 ? <p>No drug in the rules matches these filters.</p> : null}
      {children}
    </div>
  );
}
