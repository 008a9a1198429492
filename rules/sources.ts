/**
 * The bibliography: every label, SmPC, guideline and paper the rules cite. Rules refer to
 * an entry by id and name the section that was read (see `SourceRef`). Where a DailyMed
 * set id was not confirmed, the URL is a DailyMed search for the product, never a guess.
 */
export interface Source {
  title: string;
  url: string;
  kind: "us-label" | "eu-smpc" | "guideline" | "paper";
}

export const sources = {
  "cibinqo-us": {
    title: "CIBINQO (abrocitinib) US prescribing information",
    url: "https://dailymed.nlm.nih.gov/dailymed/drugInfo.cfm?setid=3f6d6fcd-e9f9-42c8-bfa2-bb2cfc9ed258",
    kind: "us-label",
  },
  "cibinqo-eu": {
    title: "Cibinqo (abrocitinib) EU summary of product characteristics",
    url: "https://www.ema.europa.eu/en/medicines/human/EPAR/cibinqo",
    kind: "eu-smpc",
  },
  "rinvoq-us": {
    title: "RINVOQ (upadacitinib) US prescribing information",
    url: "https://dailymed.nlm.nih.gov/dailymed/drugInfo.cfm?setid=2966aec7-2ef0-923c-d8ff-fe1a957bf095",
    kind: "us-label",
  },
  "rinvoq-eu": {
    title: "Rinvoq (upadacitinib) EU summary of product characteristics",
    url: "https://www.ema.europa.eu/en/medicines/human/EPAR/rinvoq",
    kind: "eu-smpc",
  },
  "litfulo-eu": {
    title: "Litfulo (ritlecitinib) EU summary of product characteristics",
    url: "https://www.ema.europa.eu/en/medicines/human/EPAR/litfulo",
    kind: "eu-smpc",
  },
  "olumiant-us": {
    title: "OLUMIANT (baricitinib) US prescribing information",
    url: "https://dailymed.nlm.nih.gov/dailymed/drugInfo.cfm?setid=866e9f35-9035-4581-a4b1-75a621ab55cf",
    kind: "us-label",
  },
  "olumiant-eu": {
    title: "Olumiant (baricitinib) EU summary of product characteristics",
    url: "https://www.ema.europa.eu/en/medicines/human/EPAR/olumiant",
    kind: "eu-smpc",
  },
  "litfulo-us": {
    title: "LITFULO (ritlecitinib) US prescribing information",
    url: "https://dailymed.nlm.nih.gov/dailymed/search.cfm?query=LITFULO",
    kind: "us-label",
  },
  "leqselvi-us": {
    title: "LEQSELVI (deuruxolitinib) US prescribing information",
    url: "https://dailymed.nlm.nih.gov/dailymed/search.cfm?query=LEQSELVI",
    kind: "us-label",
  },
  "xeljanz-us": {
    title: "XELJANZ (tofacitinib) US prescribing information",
    url: "https://dailymed.nlm.nih.gov/dailymed/search.cfm?query=XELJANZ",
    kind: "us-label",
  },
  "xeljanz-eu": {
    title: "Xeljanz (tofacitinib) EU summary of product characteristics",
    url: "https://www.ema.europa.eu/en/medicines/human/EPAR/xeljanz",
    kind: "eu-smpc",
  },
  "sotyktu-us": {
    title: "SOTYKTU (deucravacitinib) US prescribing information",
    url: "https://dailymed.nlm.nih.gov/dailymed/drugInfo.cfm?setid=ff4d7258-5068-4cdf-9692-8cae04c3198e",
    kind: "us-label",
  },
  "sotyktu-eu": {
    title: "Sotyktu (deucravacitinib) EU summary of product characteristics",
    url: "https://www.ema.europa.eu/en/medicines/human/EPAR/sotyktu",
    kind: "eu-smpc",
  },
  "opzelura-us": {
    title: "OPZELURA (ruxolitinib) cream 1.5 % US prescribing information",
    url: "https://www.accessdata.fda.gov/drugsatfda_docs/label/2025/215309s007lbl.pdf",
    kind: "us-label",
  },
  "opzelura-eu": {
    title: "Opzelura (ruxolitinib) cream EU summary of product characteristics",
    url: "https://www.ema.europa.eu/en/medicines/human/EPAR/opzelura",
    kind: "eu-smpc",
  },
  "anzupgo-us": {
    title: "ANZUPGO (delgocitinib) cream 20 mg/g US prescribing information",
    url: "https://dailymed.nlm.nih.gov/dailymed/search.cfm?query=ANZUPGO",
    kind: "us-label",
  },
  "anzupgo-eu": {
    title: "Anzupgo (delgocitinib) cream EU summary of product characteristics",
    url: "https://www.ema.europa.eu/en/medicines/human/EPAR/anzupgo",
    kind: "eu-smpc",
  },
  "ema-jak-referral-2023": {
    title:
      "EMA Article 20 referral on Janus kinase inhibitors (PRAC 2023): measures reflected in each JAK inhibitor's SmPC",
    url: "https://www.ema.europa.eu/en/medicines/human/referrals/janus-kinase-inhibitors-jaki",
    kind: "eu-smpc",
  },
  "acip-rzv-2022": {
    title:
      "Anderson TC et al. Use of recombinant zoster vaccine in immunocompromised adults aged ≥19 years: ACIP recommendations, 2022. MMWR 71(3)",
    url: "https://www.cdc.gov/mmwr/volumes/71/wr/mm7103a2.htm",
    kind: "guideline",
  },
  "idsa-vaccination-2013": {
    title:
      "Rubin LG et al. 2013 IDSA clinical practice guideline for vaccination of the immunocompromised host. Clin Infect Dis 2014;58:e44–e100",
    url: "https://www.idsociety.org/practice-guideline/vaccination-of-the-immunocompromised-host/",
    kind: "guideline",
  },
  "fda-dili-2009": {
    title: "US FDA. Guidance for industry: Drug-induced liver injury — premarketing clinical evaluation (2009)",
    url: "https://www.fda.gov/regulatory-information/search-fda-guidance-documents/drug-induced-liver-injury-premarketing-clinical-evaluation",
    kind: "guideline",
  },
  "kirchhof-2024": {
    title:
      "Kirchhof MG et al. Practical recommendations on laboratory monitoring in patients with atopic dermatitis on oral JAK inhibitors. Dermatol Ther (Heidelb) 2024;14:2653–2668",
    url: "https://pmc.ncbi.nlm.nih.gov/articles/PMC11393246/",
    kind: "paper",
  },
  "haag-2024": {
    title:
      "Haag C et al. A practical guide to using oral Janus kinase inhibitors for atopic dermatitis from the International Eczema Council. Br J Dermatol 2024",
    url: "https://doi.org/10.1093/bjd/ljae342",
    kind: "paper",
  },
} as const satisfies Record<string, Source>;

export type SourceId = keyof typeof sources;
