import { describe, expect, it } from "vitest";

// Each vitest project is named after the zone it runs in (vitest.config.mts): if the zone
// were not applied, the two runs would be one run twice and a date shifted by a zone could pass.
describe("the unit tests' time zone", () => {
  it("is the zone the project is named after, applied to the clock", ({ task }) => {
    const zone = task.file.projectName;
    expect(process.env.TZ).toBe(zone);
    expect(Intl.DateTimeFormat().resolvedOptions().timeZone).toBe(zone);
    // Midnight of 1 Jan 2027 in New York is 05:00 UTC; in Auckland (summer) it is 11:00 UTC the day before.
    const utcHourOfLocalMidnight = { "America/New_York": 5, "Pacific/Auckland": 11 }[zone ?? ""];
    expect(new Date(2027, 0, 1).getUTCHours()).toBe(utcHourOfLocalMidnight);
  });
});
