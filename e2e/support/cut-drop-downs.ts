import type { Page } from "@playwright/test";

/**
 * The visible drop-downs whose chosen option is wider than the box shows ("Not scheduled (t…"):
 * each as "id: text". The text is measured in the select's own font; the box is its content
 * width less the browser's arrow (about 20 px in Chromium).
 */
export function cutDropDowns(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const measure = document.createElement("canvas").getContext("2d");
    if (!measure) return [];
    return [...document.querySelectorAll("select")]
      .filter((select) => select.checkVisibility())
      .flatMap((select) => {
        const style = getComputedStyle(select);
        measure.font = `${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
        const text = select.options[select.selectedIndex]?.text ?? "";
        const room = select.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight) - 20;
        return measure.measureText(text).width > room ? [`${select.id || select.name}: ${text}`] : [];
      });
  });
}
