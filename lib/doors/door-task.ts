import type { CalendarDate } from "@/lib/dates/calendar-date";
import { jsonText } from "@/lib/contract/json-text";
import { respondToPlanRequest } from "@/lib/doors/plan-door";
import { respondWithFhirBundle } from "@/lib/doors/fhir-door";
import { answerHook, parseHookText } from "@/lib/interop/cds-hooks";

/**
 * One request to a door, as plain text: what the server hands a worker thread. The route reads
 * the clock (`today`); the doors stay pure, so any thread gives the same bytes.
 */
export type DoorTask =
  | { door: "plan"; body: string }
  | { door: "fhir-bundle"; body: string; today: CalendarDate }
  | { door: "cds-hook"; body: string; today: CalendarDate };

/** A door's answer: its HTTP status and its JSON text. */
export interface DoorAnswer {
  status: number;
  body: string;
}

/** The named door's answer to the task's body. Never throws on bad input; throws on a door that does not exist. */
export function answerDoorTask(task: DoorTask): DoorAnswer {
  switch (task.door) {
    case "plan":
      return respondToPlanRequest(task.body);
    case "fhir-bundle":
      return respondWithFhirBundle(task.body, task.today);
    case "cds-hook": {
      const parsed = parseHookText(task.body);
      const answer = parsed.ok ? answerHook(parsed.value, task.today) : parsed.answer;
      return { status: answer.status, body: jsonText(answer.body) };
    }
    default: {
      // Only code can name a door that is not there; the compiler sees to it that every door is listed.
      const unknown: never = task;
      throw new Error(`No door named "${(unknown as DoorTask).door}".`);
    }
  }
}
