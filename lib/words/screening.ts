import type { ScreeningReading, ScreeningTestId } from "@/rules/types";

/** Each screening test as it reads mid-sentence ("a positive TB screen"). */
export const screeningTestNames: Readonly<Record<ScreeningTestId, string>> = {
  tb: "TB screen",
  hbv: "hepatitis B screen",
  hcv: "hepatitis C screen",
  hiv: "HIV screen",
  pregnancy: "pregnancy test",
};

/** Each test as the planner's form labels it, with what it covers. */
export const screeningFormLabels: Readonly<Record<ScreeningTestId, string>> = {
  tb: "Tuberculosis (IGRA or skin test)",
  hbv: "Hepatitis B (HBsAg, anti-HBc)",
  hcv: "Hepatitis C",
  hiv: "HIV",
  pregnancy: "Pregnancy test",
};

/** What a screening result was read as: its interpretation, not yet assessed, or latent TB treated. */
export const screeningReadingNames: Readonly<Record<ScreeningReading, string>> = {
  latent: "latent TB",
  active: "active TB",
  "latent-treated": "latent TB, preventive treatment started",
  unassessed: "not yet assessed",
  "hbsag-positive": "HBsAg positive",
  "hbv-dna-detected": "HBV DNA detected",
  "anti-hbc-only": "anti-HBc positive, HBsAg negative",
  "rna-detected": "HCV RNA detected",
  "rna-not-detected": "HCV RNA not detected",
};
