import { describe, expect, it } from "vitest";
import { typedNumber, typedNumberMessage } from "@/lib/words/typed-number";

describe("a number as a person types it", () => {
  it.each<[string, number | string]>([
    ["3.9", 3.9],
    ["3,9", 3.9],
    ["12,25", 12.25],
    [" 240 ", 240],
    ["1,500", "1,500"],
    ["0,750", 0.75],
    ["0,5", 0.5],
    ["1,5000", "1,5000"],
    ["abc", "abc"],
    ["", ""],
  ])("%j → %j", (text, value) => {
    expect(typedNumber(text)).toBe(value);
  });

  it("a thousands separator is refused with what to write instead; other refusals keep their message", () => {
    expect(typedNumberMessage("1,500", "Lab value must be a number.")).toBe(
      "Write 1500 without the comma: a comma before three digits could be a thousands separator or a decimal comma, so it is not guessed.",
    );
    expect(typedNumberMessage("150,000", "x")).toMatch(/^Write 150000 without the comma/);
    expect(typedNumberMessage("abc", "Lab value must be a number.")).toBe("Lab value must be a number.");
    expect(typedNumberMessage("0,7500", "Lab value must be a number.")).toBe("Lab value must be a number.");
    expect(typedNumberMessage(1500, "Lab value is too high.")).toBe("Lab value is too high.");
  });
});
