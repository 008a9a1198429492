import { checkWith, contactNoteSchema } from "@/lib/register/register-inputs";
import { eventRoute } from "@/register/http/event-route";

/** POST: a contact note, `{ note }` ("phoned, booked for 12 Mar"). Nurses and clinicians. */
export const POST = eventRoute("contact-note", "contact-note.add", "add contact notes", (body) =>
  checkWith(contactNoteSchema, body),
);
