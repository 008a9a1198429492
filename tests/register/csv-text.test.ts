import { describe, expect, it } from "vitest";
import { csvText, neutralisedCell } from "@/lib/register/csv-text";

describe("CSV exports", () => {
  it.each(["=1+1", "+1", "-2+3", "@SUM(A1)", "\t=x", "\r=x"])(
    "a cell starting a formula (%j) is made text with a leading quote",
    (cell) => {
      expect(neutralisedCell(cell)).toBe(`'${cell}`);
    },
  );

  it("keeps ordinary text, quotes commas, quotes and line breaks, and neutralises every cell", () => {
    const text = csvText(
      ["Name", "Note"],
      [
        ['O\'Brien, "Jo"', '=HYPERLINK("http://x")'],
        ["MRN-1", "line one\nline two"],
      ],
    );
    expect(text).toBe('Name,Note\r\n"O\'Brien, ""Jo""","\'=HYPERLINK(""http://x"")"\r\nMRN-1,"line one\nline two"\r\n');
  });
});
