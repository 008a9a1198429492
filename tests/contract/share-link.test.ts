import { describe, expect, it } from "vitest";
import { drugRules } from "@/rules";
import { drugIds } from "@/rules/types";
import { fromBase64Url, hasRequestFragment, requestFragment, toBase64Url } from "@/lib/contract/share-link";
import { requestFromFragment } from "@/lib/contract/read-share-link";
import { planRequestSchema } from "@/lib/contract/plan-request";
import { buildPlan } from "@/lib/plan";
import { workedExampleRequest } from "@/lib/explorer/worked-example";

describe("request in a URL fragment", () => {
  it("round-trips UTF-8 text through base64url with no padding or URL-unsafe characters", () => {
    const text = "Platelets ×10⁹/L — µL ✓ ?&=#";
    const encoded = toBase64Url(text);
    expect(encoded).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(fromBase64Url(encoded)).toBe(text);
  });

  it("reads back the request it wrote", () => {
    const request = workedExampleRequest("abrocitinib");
    const fragment = requestFragment(request);
    expect(fragment.startsWith("#request=")).toBe(true);
    expect(requestFromFragment(fragment)).toEqual(planRequestSchema.parse(request));
  });

  it("tells no fragment from an unreadable one", () => {
    expect(hasRequestFragment("")).toBe(false);
    expect(hasRequestFragment("#schedule")).toBe(false);
    expect(hasRequestFragment("#request=%%%")).toBe(true);
    expect(requestFromFragment("")).toBeNull();
    expect(requestFromFragment("#request=%%%")).toBe("unreadable");
    expect(requestFromFragment(`#request=${toBase64Url(JSON.stringify({ drug: "aspirin" }))}`)).toBe("unreadable");
  });
});

describe("worked examples", () => {
  it.each(drugIds)(
    "%s: a valid request whose plan may start, with nothing missing but the routine interval the clinician has yet to choose",
    (drug) => {
      const parsed = planRequestSchema.safeParse(workedExampleRequest(drug));
      expect(parsed.success).toBe(true);
      if (!parsed.success) return;
      const plan = buildPlan(parsed.data);
      expect(plan.findings.filter((finding) => finding.action === "do-not-start")).toEqual([]);
      expect(plan.findings.filter((finding) => finding.action === "missing").map((finding) => finding.ruleId)).toEqual(
        drugRules[drug].routineMonitoring ? [`${drug}.routine`] : [],
      );
    },
  );
});
