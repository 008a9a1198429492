import type { Page } from "@playwright/test";

/** How far the page scrolls sideways: 0 when everything fits the window. */
export function sidewaysOverflow(page: Page): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
}
