/**
 * A number as a person types it: a decimal comma ("3,9", "0,750") is read as a decimal point. A
 * comma before three digits after a non-zero ("1,500") could be a thousands separator or a decimal
 * comma, so it stays text and is refused (`typedNumberMessage` says why) rather than guessed. Other text stays text,
 * for the schema to refuse with the field's own message.
 */
export function typedNumber(text: string): number | string {
  const trimmed = text.trim();
  // "0,750" can only be a decimal: no thousands separator follows a lone 0.
  const decimal = /^[-+]?(\d+,\d{1,2}|0,\d+)$/.test(trimmed) ? trimmed.replace(",", ".") : trimmed;
  const number = Number(decimal);
  return decimal !== "" && Number.isFinite(number) ? number : trimmed;
}

/**
 * The refusal of a value typed with a thousands separator, in place of "must be a number": what
 * to write instead, and why the comma is not read.
 */
export function typedNumberMessage(value: unknown, message: string): string {
  if (typeof value !== "string" || !/^[-+]?[1-9]\d{0,2}(,\d{3})+(\.\d+)?$/.test(value.trim())) return message;
  return `Write ${value.trim().replace(/,/g, "")} without the comma: a comma before three digits could be a thousands separator or a decimal comma, so it is not guessed.`;
}
