/**
 * Retakes the README's picture, docs/screenshot.png: the planner at 1366×900 with abrocitinib's
 * worked example opened from a share link, in Debian's Chromium (CHROMIUM_PATH to use another).
 * Run it against a running app; it is not part of the tests.
 *
 *   npm run app &                   # or PORT=3202 npm run app
 *   npx tsx scripts/screenshot.ts   # or: npx tsx scripts/screenshot.ts http://127.0.0.1:3202
 */
import { chromium } from "@playwright/test";
import { requestFragment } from "@/lib/contract/share-link";
import { formatHumanDate } from "@/lib/dates/human-date";
import { addWeeks } from "@/lib/dates/calendar-date";
import { workedExampleRequest, workedExampleStart } from "@/lib/explorer/worked-example";

const origin = process.argv[2] ?? `http://localhost:${process.env.PORT ?? 3000}`;
const output = "docs/screenshot.png";

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
  // Root needs --no-sandbox, as in the end-to-end tests.
  args: ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage"],
});
try {
  const page = await browser.newPage({
    viewport: { width: 1366, height: 900 },
    locale: "en-US",
    timezoneId: "America/New_York",
  });
  await page.goto(`${origin}/${requestFragment(workedExampleRequest("abrocitinib"))}`);
  // The week-4 visit is on the schedule once the form, the schema and the engine have loaded.
  await page
    .getByText(formatHumanDate(addWeeks(workedExampleStart, 4)))
    .first()
    .waitFor();
  await page.screenshot({ path: output });
  console.log(`${output} from ${origin}`);
} finally {
  await browser.close();
}
