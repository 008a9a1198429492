import type { IndicationId } from "@/rules/types";

/** Each indication as clinicians name it, and its usual abbreviation. */
export const indicationNames: Readonly<Record<IndicationId, string>> = {
  "atopic-dermatitis": "Atopic dermatitis",
  "alopecia-areata": "Alopecia areata",
  psoriasis: "Plaque psoriasis",
  "psoriatic-arthritis": "Psoriatic arthritis",
  vitiligo: "Vitiligo",
  "chronic-hand-eczema": "Chronic hand eczema",
  "hidradenitis-suppurativa": "Hidradenitis suppurativa",
};

export const indicationAbbreviations: Readonly<Record<IndicationId, string>> = {
  "atopic-dermatitis": "AD",
  "alopecia-areata": "AA",
  psoriasis: "PsO",
  "psoriatic-arthritis": "PsA",
  vitiligo: "vitiligo",
  "chronic-hand-eczema": "CHE",
  "hidradenitis-suppurativa": "HS",
};
