import type { InteractingMedicineId, InterpretedScreeningTest, screeningInterpretations } from "@/rules/types";

/**
 * The planner form's words for ids the rules use, one entry per id (typed, so a new id
 * cannot reach the form as "undefined"). Plain words first, common examples after.
 */
export const interactingMedicineWords: Readonly<Record<InteractingMedicineId, { name: string; examples: string }>> = {
  "strong-cyp3a4-inhibitor": { name: "Strong CYP3A4 inhibitor", examples: "ketoconazole, itraconazole, clarithromycin, ritonavir" },
  "moderate-cyp3a4-and-strong-cyp2c19-inhibitor": { name: "Moderate CYP3A4 inhibitor together with a strong CYP2C19 inhibitor", examples: "fluconazole" },
  "strong-cyp2c19-inhibitor": { name: "Strong CYP2C19 inhibitor", examples: "fluvoxamine, fluconazole, ticlopidine" },
  "cyp2c19-and-cyp2c9-inhibitor": { name: "Moderate or strong inhibitor of both CYP2C19 and CYP2C9", examples: "fluconazole" },
  "moderate-or-strong-cyp2c9-inhibitor": { name: "Moderate or strong CYP2C9 inhibitor", examples: "fluconazole, amiodarone, miconazole" },
  "strong-oat3-inhibitor": { name: "Strong OAT3 inhibitor", examples: "probenecid" },
  "strong-cyp3a4-inducer": { name: "Strong CYP3A4 inducer", examples: "rifampicin, carbamazepine, phenytoin, St John's wort" },
  "strong-cyp2c19-or-cyp2c9-inducer": { name: "Strong CYP2C19 or CYP2C9 inducer", examples: "rifampicin" },
};

/** What a positive screen turned out to mean, as the form offers it. */
export const screeningInterpretationWords: { readonly [T in InterpretedScreeningTest]: Readonly<Record<(typeof screeningInterpretations)[T][number], string>> } = {
  tb: { latent: "Latent TB", active: "Active TB" },
  hbv: { "hbsag-positive": "HBsAg positive", "hbv-dna-detected": "HBV DNA detected", "anti-hbc-only": "Anti-HBc positive, HBsAg negative" },
  hcv: { "rna-detected": "HCV RNA detected", "rna-not-detected": "HCV RNA not detected" },
} as const;
