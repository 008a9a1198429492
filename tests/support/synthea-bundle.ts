/**
 * A patient record as an EHR exports it, in the shape of Synthea's US Core bundles: a
 * `transaction` Bundle with the Patient (names, addresses, identifiers, extensions), and for each
 * visit an Encounter, its Claim and ExplanationOfBenefit, a clinical note (DocumentReference with
 * the text inline), vital signs, and at some visits a blood count, lipid and metabolic panel with
 * their DiagnosticReports; conditions, immunizations (a recombinant zoster dose among them) and
 * medications, the last an upadacitinib order. Made here, deterministic, as large as asked:
 * about 15 kB a visit, so 300 visits make a 4–5 MB record and 1,200 about 18 MB.
 * No imports, so the unit tests and the e2e test can both load it.
 */

type Json = Record<string, unknown>;

const loinc = "http://loinc.org";
const snomed = "http://snomed.info/sct";
const ucum = "http://unitsofmeasure.org";

/** A small deterministic generator, so the same call gives the same bytes. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 0x100000000;
  };
}

const pad = (value: number, width = 2) => String(value).padStart(width, "0");
function uuid(next: () => number): string {
  const hex = () =>
    Math.floor(next() * 0x10000)
      .toString(16)
      .padStart(4, "0");
  return `${hex()}${hex()}-${hex()}-4${hex().slice(1)}-a${hex().slice(1)}-${hex()}${hex()}${hex()}`;
}

/** Day `index` counted from 1 Jan 2002 as a date; visits run to the end of 2026. */
function dayDate(day: number): string {
  const date = new Date(Date.UTC(2002, 0, 1) + day * 86_400_000);
  return `${date.getUTCFullYear()}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}`;
}

const coding = (system: string, code: string, display: string) => ({
  coding: [{ system, code, display }],
  text: display,
});

interface LabDefinition {
  code: string;
  display: string;
  unit: string;
  value: (next: () => number) => number;
}

const vitals: LabDefinition[] = [
  { code: "8302-2", display: "Body Height", unit: "cm", value: () => 168.2 },
  { code: "29463-7", display: "Body Weight", unit: "kg", value: (next) => 61 + Math.round(next() * 80) / 10 },
  {
    code: "39156-5",
    display: "Body mass index (BMI) [Ratio]",
    unit: "kg/m2",
    value: (next) => 21.5 + Math.round(next() * 30) / 10,
  },
  { code: "8867-4", display: "Heart rate", unit: "/min", value: (next) => 60 + Math.round(next() * 30) },
  { code: "9279-1", display: "Respiratory rate", unit: "/min", value: (next) => 12 + Math.round(next() * 6) },
];

const bloodCount: LabDefinition[] = [
  {
    code: "6690-2",
    display: "Leukocytes [#/volume] in Blood by Automated count",
    unit: "10*3/uL",
    value: (next) => 5 + Math.round(next() * 40) / 10,
  },
  {
    code: "789-8",
    display: "Erythrocytes [#/volume] in Blood by Automated count",
    unit: "10*6/uL",
    value: (next) => 4.2 + Math.round(next() * 8) / 10,
  },
  {
    code: "718-7",
    display: "Hemoglobin [Mass/volume] in Blood",
    unit: "g/dL",
    value: (next) => 12.6 + Math.round(next() * 20) / 10,
  },
  {
    code: "4544-3",
    display: "Hematocrit [Volume Fraction] of Blood by Automated count",
    unit: "%",
    value: (next) => 38 + Math.round(next() * 60) / 10,
  },
  {
    code: "777-3",
    display: "Platelets [#/volume] in Blood by Automated count",
    unit: "10*3/uL",
    value: (next) => 210 + Math.round(next() * 120),
  },
  {
    code: "751-8",
    display: "Neutrophils [#/volume] in Blood by Automated count",
    unit: "10*3/uL",
    value: (next) => 2.8 + Math.round(next() * 25) / 10,
  },
  {
    code: "731-0",
    display: "Lymphocytes [#/volume] in Blood by Automated count",
    unit: "10*3/uL",
    value: (next) => 1.4 + Math.round(next() * 12) / 10,
  },
];

const lipids: LabDefinition[] = [
  {
    code: "2093-3",
    display: "Cholesterol [Mass/volume] in Serum or Plasma",
    unit: "mg/dL",
    value: (next) => 160 + Math.round(next() * 40),
  },
  {
    code: "2571-8",
    display: "Triglyceride [Mass/volume] in Serum or Plasma",
    unit: "mg/dL",
    value: (next) => 90 + Math.round(next() * 60),
  },
  {
    code: "18262-6",
    display: "Cholesterol in LDL [Mass/volume] in Serum or Plasma by Direct assay",
    unit: "mg/dL",
    value: (next) => 90 + Math.round(next() * 30),
  },
  {
    code: "2085-9",
    display: "Cholesterol in HDL [Mass/volume] in Serum or Plasma",
    unit: "mg/dL",
    value: (next) => 45 + Math.round(next() * 20),
  },
];

const metabolic: LabDefinition[] = [
  {
    code: "2339-0",
    display: "Glucose [Mass/volume] in Blood",
    unit: "mg/dL",
    value: (next) => 75 + Math.round(next() * 20),
  },
  {
    code: "6299-2",
    display: "Urea nitrogen [Mass/volume] in Blood",
    unit: "mg/dL",
    value: (next) => 8 + Math.round(next() * 10),
  },
  {
    code: "38483-4",
    display: "Creatinine [Mass/volume] in Blood",
    unit: "mg/dL",
    value: (next) => 0.7 + Math.round(next() * 4) / 10,
  },
  {
    code: "2160-0",
    display: "Creatinine [Mass/volume] in Serum or Plasma",
    unit: "mg/dL",
    value: (next) => 0.7 + Math.round(next() * 4) / 10,
  },
  {
    code: "1742-6",
    display: "Alanine aminotransferase [Enzymatic activity/volume] in Serum or Plasma",
    unit: "U/L",
    value: (next) => 15 + Math.round(next() * 20),
  },
  {
    code: "1920-8",
    display: "Aspartate aminotransferase [Enzymatic activity/volume] in Serum or Plasma",
    unit: "U/L",
    value: (next) => 15 + Math.round(next() * 20),
  },
];

const note = (visit: number, date: string) =>
  [
    `${date}`,
    "",
    "# Chief Complaint",
    "No complaints.",
    "",
    "# History of Present Illness",
    `The patient is a young adult seen for a routine visit (number ${visit}). She has moderate to severe atopic dermatitis on the flexures, with itch disturbing sleep, despite emollients and topical corticosteroids.`,
    "",
    "# Social History",
    "Never smoker. Drinks socially. Works as a teacher. Has a college education.",
    "",
    "# Allergies",
    "No Known Allergies.",
    "",
    "# Medications",
    "emollient cream; hydrocortisone 1% topical cream; cetirizine 10 mg oral tablet",
    "",
    "# Assessment and Plan",
    "Patient is presenting with atopic dermatitis. Discussed systemic treatment options, their monitoring and vaccinations. ".repeat(
      6,
    ),
  ].join("\n");

export interface SyntheaBundleOptions {
  /** Visits from 2002 to December 2026; about 15 kB each. */
  visits: number;
  seed?: number;
}

/** The bundle as JSON text, and what a correct import reads from it. */
export function syntheaBundle({ visits, seed = 20261204 }: SyntheaBundleOptions): {
  text: string;
  expected: { platelets: number; labsDate: string; entries: number };
} {
  const next = random(seed);
  const patientId = uuid(next);
  const patientRef = { reference: `urn:uuid:${patientId}` };
  const entries: Json[] = [];
  const add = (resource: Json) => {
    const id = String(resource.id);
    entries.push({
      fullUrl: `urn:uuid:${id}`,
      resource,
      request: { method: "POST", url: String(resource.resourceType) },
    });
  };

  add({
    resourceType: "Patient",
    id: patientId,
    meta: { profile: ["http://hl7.org/fhir/us/core/StructureDefinition/us-core-patient"] },
    text: { status: "generated", div: '<div xmlns="http://www.w3.org/1999/xhtml">Generated by Synthea.</div>' },
    extension: [
      {
        url: "http://hl7.org/fhir/us/core/StructureDefinition/us-core-race",
        extension: [
          {
            url: "ombCategory",
            valueCoding: { system: "urn:oid:2.16.840.1.113883.6.238", code: "2106-3", display: "White" },
          },
          { url: "text", valueString: "White" },
        ],
      },
      { url: "http://hl7.org/fhir/us/core/StructureDefinition/us-core-birthsex", valueCode: "F" },
      {
        url: "http://hl7.org/fhir/StructureDefinition/patient-birthPlace",
        valueAddress: { city: "Springfield", state: "Massachusetts", country: "US" },
      },
    ],
    identifier: [
      { system: "https://github.com/synthetichealth/synthea", value: patientId },
      {
        type: coding("http://terminology.hl7.org/CodeSystem/v2-0203", "MR", "Medical Record Number"),
        system: "http://hospital.smarthealthit.org",
        value: patientId,
      },
      {
        type: coding("http://terminology.hl7.org/CodeSystem/v2-0203", "SS", "Social Security Number"),
        system: "http://hl7.org/fhir/sid/us-ssn",
        value: "999-61-4821",
      },
    ],
    name: [{ use: "official", family: "Example", given: ["Erin", "Mae"], prefix: ["Ms."] }],
    telecom: [{ system: "phone", value: "555-201-3399", use: "home" }],
    gender: "female",
    birthDate: "2001-03-14",
    address: [{ line: ["12 Elm Street"], city: "Springfield", state: "MA", postalCode: "01101", country: "US" }],
    maritalStatus: coding("http://terminology.hl7.org/CodeSystem/v3-MaritalStatus", "S", "Never Married"),
    multipleBirthBoolean: false,
    communication: [{ language: coding("urn:ietf:bcp:47", "en-US", "English (United States)") }],
  });
  add({
    resourceType: "Condition",
    id: uuid(next),
    clinicalStatus: coding("http://terminology.hl7.org/CodeSystem/condition-clinical", "active", "Active"),
    code: coding(snomed, "24079001", "Atopic dermatitis"),
    subject: patientRef,
    onsetDateTime: "2009-05-02",
  });

  const span = Math.floor((Date.UTC(2026, 11, 15) - Date.UTC(2002, 0, 1)) / 86_400_000);
  let lastPlatelets = { value: 0, date: "" };
  for (let visit = 0; visit < visits; visit += 1) {
    // The last visit is on 15 Dec 2026, with a full set of labs: the baseline before the start.
    const day = visit === visits - 1 ? span : Math.floor(((visit + next() * 0.8) / visits) * span);
    const date = dayDate(day);
    const time = `${date}T09:${pad(Math.floor(next() * 60))}:00-05:00`;
    const encounterId = uuid(next);
    const encounterRef = { reference: `urn:uuid:${encounterId}` };
    add({
      resourceType: "Encounter",
      id: encounterId,
      status: "finished",
      class: { system: "http://terminology.hl7.org/CodeSystem/v3-ActCode", code: "AMB" },
      type: [coding(snomed, "185349003", "Encounter for check up (procedure)")],
      subject: patientRef,
      participant: [
        {
          individual: {
            reference: "Practitioner?identifier=http://hl7.org/fhir/sid/us-npi|9999999939",
            display: "Dr. Ana Clinic",
          },
        },
      ],
      period: { start: time, end: time.replace("T09:", "T10:") },
      serviceProvider: {
        reference: "Organization?identifier=https://github.com/synthetichealth/synthea|clinic",
        display: "Springfield Dermatology",
      },
    });
    const observations: LabDefinition[] = [
      ...vitals,
      ...(visit % 3 === 0 || visit === visits - 1 ? [...bloodCount, ...lipids, ...metabolic] : []),
    ];
    const results: Json[] = [];
    for (const definition of observations) {
      const value = definition.value(next);
      if (definition.code === "777-3") lastPlatelets = { value, date };
      const observation = {
        resourceType: "Observation",
        id: uuid(next),
        meta: { profile: ["http://hl7.org/fhir/us/core/StructureDefinition/us-core-observation-lab"] },
        status: "final",
        category: [
          coding(
            "http://terminology.hl7.org/CodeSystem/observation-category",
            vitals.includes(definition) ? "vital-signs" : "laboratory",
            vitals.includes(definition) ? "Vital signs" : "Laboratory",
          ),
        ],
        code: coding(loinc, definition.code, definition.display),
        subject: patientRef,
        encounter: encounterRef,
        effectiveDateTime: time,
        issued: `${date}T11:00:00.000-05:00`,
        valueQuantity: { value, unit: definition.unit, system: ucum, code: definition.unit },
      };
      results.push(observation);
      add(observation);
    }
    if (results.length > vitals.length) {
      add({
        resourceType: "DiagnosticReport",
        id: uuid(next),
        status: "final",
        category: [coding("http://terminology.hl7.org/CodeSystem/v2-0074", "LAB", "Laboratory")],
        code: coding(loinc, "58410-2", "CBC panel - Blood by Automated count"),
        subject: patientRef,
        encounter: encounterRef,
        effectiveDateTime: time,
        issued: `${date}T11:00:00.000-05:00`,
        result: results.slice(vitals.length).map((result) => ({
          reference: `urn:uuid:${String(result.id)}`,
          display: String((result.code as { text: string }).text),
        })),
      });
    }
    add({
      resourceType: "DocumentReference",
      id: uuid(next),
      status: "superseded",
      type: [coding(loinc, "34117-2", "History and physical note")],
      subject: patientRef,
      date: time,
      content: [
        {
          attachment: { contentType: "text/plain; charset=utf-8", data: btoa(note(visit, date)) },
          format: {
            system: "http://ihe.net/fhir/ValueSet/IHE.FormatCode.codesystem",
            code: "urn:ihe:iti:xds:2017:mimeTypeSufficient",
          },
        },
      ],
      context: { encounter: [encounterRef], period: { start: time, end: time } },
    });
    const claimId = uuid(next);
    const items = observations.map((definition, index) => ({
      sequence: index + 1,
      productOrService: coding(loinc, definition.code, definition.display),
      encounter: [encounterRef],
    }));
    // What a Claim and its ExplanationOfBenefit share.
    const billing = {
      status: "active",
      type: coding("http://terminology.hl7.org/CodeSystem/claim-type", "professional", "Professional"),
      use: "claim",
      patient: patientRef,
      billablePeriod: { start: time, end: time },
      created: time,
    };
    add({
      resourceType: "Claim",
      id: claimId,
      ...billing,
      provider: {
        reference: "Organization?identifier=https://github.com/synthetichealth/synthea|clinic",
        display: "Springfield Dermatology",
      },
      priority: coding("http://terminology.hl7.org/CodeSystem/processpriority", "normal", "Normal"),
      insurance: [{ sequence: 1, focal: true, coverage: { display: "Blue Cross Blue Shield" } }],
      item: [
        {
          sequence: 1,
          productOrService: coding(snomed, "185349003", "Encounter for check up (procedure)"),
          encounter: [encounterRef],
        },
        ...items.map((item, index) => ({ ...item, sequence: index + 2 })),
      ],
      total: { value: 129.16 + items.length * 10, currency: "USD" },
    });
    add({
      resourceType: "ExplanationOfBenefit",
      id: uuid(next),
      ...billing,
      insurer: { display: "Blue Cross Blue Shield" },
      provider: { reference: "Practitioner?identifier=http://hl7.org/fhir/sid/us-npi|9999999939" },
      claim: { reference: `urn:uuid:${claimId}` },
      outcome: "complete",
      insurance: [{ focal: true, coverage: { display: "Blue Cross Blue Shield" } }],
      item: items.map((item) => ({
        ...item,
        servicedPeriod: { start: time, end: time },
        net: { value: 10, currency: "USD" },
        adjudication: [
          {
            category: coding(
              "https://bluebutton.cms.gov/resources/codesystem/adjudication",
              "https://bluebutton.cms.gov/resources/variables/line_coinsrnc_amt",
              "Line Beneficiary Coinsurance Amount",
            ),
            amount: { value: 2, currency: "USD" },
          },
          {
            category: coding(
              "https://bluebutton.cms.gov/resources/codesystem/adjudication",
              "https://bluebutton.cms.gov/resources/variables/line_prvdr_pmt_amt",
              "Line Provider Payment Amount",
            ),
            amount: { value: 8, currency: "USD" },
          },
        ],
      })),
      total: [
        {
          category: coding("http://terminology.hl7.org/CodeSystem/adjudication", "submitted", "Submitted Amount"),
          amount: { value: 129.16, currency: "USD" },
        },
      ],
      payment: { amount: { value: 103.33, currency: "USD" } },
    });
  }
  for (const [cvx, display, date] of [
    ["140", "Influenza, seasonal, injectable, preservative free", "2025-10-01"],
    ["113", "Td (adult) preservative free", "2019-06-11"],
    ["187", "zoster vaccine recombinant", "2026-09-01"],
  ] as const) {
    add({
      resourceType: "Immunization",
      id: uuid(next),
      status: "completed",
      vaccineCode: coding("http://hl7.org/fhir/sid/cvx", cvx, display),
      patient: patientRef,
      occurrenceDateTime: `${date}T09:00:00-05:00`,
      primarySource: true,
    });
  }
  add({
    resourceType: "MedicationRequest",
    id: uuid(next),
    status: "stopped",
    intent: "order",
    medicationCodeableConcept: coding(
      "http://www.nlm.nih.gov/research/umls/rxnorm",
      "1014676",
      "cetirizine hydrochloride 10 MG Oral Tablet",
    ),
    subject: patientRef,
    authoredOn: "2015-04-02T09:00:00-05:00",
  });
  add({
    resourceType: "MedicationRequest",
    id: uuid(next),
    status: "active",
    intent: "order",
    medicationCodeableConcept: coding(
      "http://www.nlm.nih.gov/research/umls/rxnorm",
      "2196092",
      "upadacitinib 15 MG Extended Release Oral Tablet [Rinvoq]",
    ),
    subject: patientRef,
    authoredOn: "2026-12-15T10:00:00-05:00",
    reasonCode: [coding(snomed, "24079001", "Atopic dermatitis")],
    dosageInstruction: [
      {
        sequence: 1,
        timing: { repeat: { frequency: 1, period: 1, periodUnit: "d" } },
        doseAndRate: [{ doseQuantity: { value: 15, unit: "mg", system: ucum, code: "mg" } }],
      },
    ],
    dispenseRequest: { validityPeriod: { start: "2027-01-04" } },
  });
  const text = JSON.stringify({ resourceType: "Bundle", type: "transaction", entry: entries });
  return { text, expected: { platelets: lastPlatelets.value, labsDate: lastPlatelets.date, entries: entries.length } };
}
