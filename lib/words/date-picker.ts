/**
 * A date picker gives a whole date or nothing: the schema's "not a real calendar date written
 * YYYY-MM-DD" means the field is empty or half typed, said as such, without asking for a format
 * the picker does not show (it shows mm/dd/yyyy or dd/mm/yyyy by the browser's language). Other
 * messages pass through.
 */
export function datePickerMessage(message: string, asks: string): string {
  return /written YYYY-MM-DD\.$/.test(message) ? `Empty or incomplete. ${asks}` : message;
}
