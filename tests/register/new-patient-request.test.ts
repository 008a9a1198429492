import { describe, expect, it } from "vitest";
import { checkPlanRequest } from "@/register/http/new-patient";
import { cleanRequest } from "../support/requests";

describe("a new record's plan request", () => {
  it("is refused with every fault named, the checks across fields beside a refused field, as POST /api/plan does", () => {
    const request = cleanRequest("abrocitinib");
    const checked = checkPlanRequest({
      ...request,
      doseMg: 150,
      patient: { ...request.patient, ageYears: -1 },
    });
    expect(checked.ok).toBe(false);
    expect(checked.ok ? [] : checked.errors.map((error) => error.path)).toEqual([
      "request.patient.ageYears",
      "request.doseMg",
    ]);
  });
});
