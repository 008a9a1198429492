import { abrocitinib } from "./abrocitinib";
import { baricitinib } from "./baricitinib";
import { delgocitinibCream } from "./delgocitinib-cream";
import { deucravacitinib } from "./deucravacitinib";
import { deuruxolitinib } from "./deuruxolitinib";
import { ritlecitinib } from "./ritlecitinib";
import { ruxolitinibCream } from "./ruxolitinib-cream";
import { tofacitinib } from "./tofacitinib";
import type { DrugId, DrugRules } from "./types";
import { upadacitinib } from "./upadacitinib";

/** The registry: one entry per drug of the contract. */
export const drugRules: Readonly<Record<DrugId, DrugRules>> = {
  abrocitinib,
  upadacitinib,
  baricitinib,
  ritlecitinib,
  deuruxolitinib,
  tofacitinib,
  deucravacitinib,
  "ruxolitinib-cream": ruxolitinibCream,
  "delgocitinib-cream": delgocitinibCream,
};

export { rulesVersion } from "./version";
