import { drugIds, type DrugId, type DrugRules } from "@/rules/types";

/**
 * What the planner form offers for one drug: its names, route, indications and doses. The
 * form needs no more of the rules, so the page hands the browser these few fields and the
 * rules themselves arrive with the schema and the engine, after the form is on screen.
 */
export interface DrugChoice {
  name: string;
  brand: string;
  route: DrugRules["route"];
  indications: readonly Pick<DrugRules["indications"][number], "indication" | "region">[];
  doses: readonly Pick<DrugRules["doses"][number], "doseMg" | "regimen" | "use" | "indications">[];
}

/** Every drug's choices. The full rules registry is one too, so code that has it can pass it. */
export type DrugChoices = Readonly<Record<DrugId, DrugChoice>>;

function choiceOf({ name, brand, route, indications, doses }: DrugRules): DrugChoice {
  return {
    name,
    brand,
    route,
    indications: indications.map(({ indication, region }) => (region ? { indication, region } : { indication })),
    doses: doses.map(({ doseMg, regimen, use, indications: doseIndications }) => ({
      doseMg,
      regimen,
      use,
      indications: doseIndications,
    })),
  };
}

/** The registry cut down to the form's choices, small enough to send with the page. */
export function drugChoicesOf(rules: Readonly<Record<DrugId, DrugRules>>): DrugChoices {
  return Object.fromEntries(drugIds.map((id) => [id, choiceOf(rules[id])])) as Record<DrugId, DrugChoice>;
}
