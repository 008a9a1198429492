import { describe, expect, it } from "vitest";
import { addDays, toCalendarDate } from "@/lib/register/engine";
import { keptOpenVisits, listedOverdueVisits } from "@/lib/register/record-status";
import { overdueOf } from "@/register/records/worklist";

const today = toCalendarDate("2028-01-01");
/** `count` monthly-ish open visits, the last `future` of them after today. */
const openVisits = (count: number, future = 0) =>
  Array.from({ length: count }, (_, index) => ({
    on: addDays(today, (index - (count - future)) * 28),
    tests: ["cbc"],
  }));

describe("a worklist row's overdue visits", () => {
  it("names every overdue visit up to the listed number, and says 'more' only when the status kept one more", () => {
    expect(keptOpenVisits).toBe(listedOverdueVisits + 1);
    const exactly = overdueOf(openVisits(listedOverdueVisits), today);
    expect(exactly.overdueVisits).toHaveLength(listedOverdueVisits);
    expect(exactly.moreOverdue).toBe(false);

    const beyond = overdueOf(openVisits(keptOpenVisits), today);
    expect(beyond.overdueVisits).toHaveLength(listedOverdueVisits);
    expect(beyond.moreOverdue).toBe(true);
  });

  it("leaves out visits due today or later, and a later kept visit does not read as 'more'", () => {
    const withFuture = overdueOf(openVisits(keptOpenVisits, 1), today);
    expect(withFuture.overdueVisits).toHaveLength(listedOverdueVisits);
    expect(withFuture.moreOverdue).toBe(false);
    const dueToday = overdueOf([{ on: today, tests: ["cbc"] }], today);
    expect(dueToday).toEqual({ overdueVisits: [], moreOverdue: false });
  });

  it("writes the tests in plain words", () => {
    const [first] = overdueOf(openVisits(1, 0), today).overdueVisits;
    expect(first?.tests).toEqual(["CBC with differential"]);
  });
});
