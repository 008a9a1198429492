import { calendarDateOf } from "@/lib/register/engine";

/** Today's calendar date on the server, in its time zone (set TZ to the clinic's). */
export const today = () => calendarDateOf(new Date());
