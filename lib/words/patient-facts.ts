import type {
  AntiplateletTherapy,
  HepaticImpairment,
  InteractingMedicineId,
  RiskFactorId,
  SmokingStatus,
} from "@/rules/types";

/**
 * The patient facts' ids in words, one entry per id of the rules' unions, so a new id cannot
 * reach a page as "undefined". Mid-sentence forms; pages capitalise where a line starts.
 */
export const riskFactorNames: Readonly<Record<RiskFactorId, string>> = {
  "cardiovascular-disease": "cardiovascular disease",
  "vte-history": "history of VTE",
  "malignancy-history": "history of malignancy",
  diabetes: "diabetes",
  hypertension: "hypertension",
  dyslipidemia: "dyslipidaemia",
  "chronic-liver-disease": "chronic liver disease",
  immunosuppressed: "immunosuppression",
};

export const smokingNames: Readonly<Record<SmokingStatus, string>> = {
  never: "never",
  former: "former",
  current: "current",
};

/** The grade as the planner offers it and a rule's condition reads it. */
export const hepaticImpairmentNames: Readonly<Record<HepaticImpairment, string>> = {
  none: "none",
  mild: "mild (Child-Pugh A)",
  moderate: "moderate (Child-Pugh B)",
  severe: "severe (Child-Pugh C)",
};

export const antiplateletNames: Readonly<Record<AntiplateletTherapy, string>> = {
  none: "no antiplatelet",
  "low-dose-aspirin": "low-dose aspirin (81 mg a day or less)",
  other: "antiplatelet therapy other than low-dose aspirin",
};

/** The labels' classes of interacting medicines, with common examples for the planner. */
export const interactingMedicineWords: Readonly<Record<InteractingMedicineId, { name: string; examples: string }>> = {
  "strong-cyp3a4-inhibitor": {
    name: "strong CYP3A4 inhibitor",
    examples: "ketoconazole, itraconazole, clarithromycin, ritonavir",
  },
  "moderate-cyp3a4-and-strong-cyp2c19-inhibitor": {
    name: "moderate CYP3A4 inhibitor together with a strong CYP2C19 inhibitor",
    examples: "fluconazole",
  },
  "strong-cyp2c19-inhibitor": { name: "strong CYP2C19 inhibitor", examples: "fluvoxamine, fluconazole, ticlopidine" },
  "cyp2c19-and-cyp2c9-inhibitor": {
    name: "moderate or strong inhibitor of both CYP2C19 and CYP2C9",
    examples: "fluconazole",
  },
  "moderate-or-strong-cyp2c9-inhibitor": {
    name: "moderate or strong CYP2C9 inhibitor",
    examples: "fluconazole, amiodarone, miconazole",
  },
  "strong-oat3-inhibitor": { name: "strong OAT3 inhibitor", examples: "probenecid" },
  "strong-cyp3a4-inducer": {
    name: "strong CYP3A4 inducer",
    examples: "rifampicin, carbamazepine, phenytoin, St John's wort",
  },
  "strong-cyp2c19-or-cyp2c9-inducer": { name: "strong CYP2C19 or CYP2C9 inducer", examples: "rifampicin" },
};
