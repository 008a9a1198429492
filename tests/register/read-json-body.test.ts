import { describe, expect, it } from "vitest";
import { givenTwiceMessage } from "@/lib/contract/duplicate-keys";
import { readJsonBody } from "@/register/http/read-json-body";

const posted = (body: string, contentType = "application/json") =>
  readJsonBody(
    new Request("http://localhost/api/register/patients", {
      method: "POST",
      headers: { "content-type": contentType },
      body,
    }),
  );

describe("a register write's JSON body", () => {
  it("is read when it is one JSON object with each field once", async () => {
    expect(await posted('{"clinicPatientId":"A-1","request":{"patient":{"sex":"female"}}}')).toEqual({
      body: { clinicPatientId: "A-1", request: { patient: { sex: "female" } } },
    });
  });

  it("is refused, naming the path, when a field is given twice, as the plan's doors refuse it", async () => {
    expect(await posted('{"clinicPatientId":"A-1","request":{"patient":{"sex":"female","sex":"male"}}}')).toEqual({
      status: 400,
      errors: [{ path: "request.patient.sex", message: givenTwiceMessage }],
    });
  });

  it.each<[string, string, string, string]>([
    ["not JSON", "{", "application/json", "Request body is not valid JSON."],
    ["not an object", "[1]", "application/json", "Request body must be a JSON object."],
    ["not sent as JSON", "{}", "text/plain", "Content-Type must be application/json."],
  ])("is refused when %s", async (_name, body, contentType, message) => {
    expect(await posted(body, contentType)).toEqual({ status: 400, errors: [{ path: "", message }] });
  });
});
