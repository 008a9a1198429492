"use client";

import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { chooseTheNewDose } from "@/lib/words/dose-choice";
import { datePickerMessage } from "@/lib/words/date-picker";
import { postJson } from "../../_components/post-json";
import { useHydrated } from "../../_components/use-hydrated";

/** A new daily dose from a date (0 mg: an interruption), checked by the server with the planner's schema. */
export function DoseChangeForm({
  url,
  csrfToken,
  doses,
}: {
  url: string;
  csrfToken: string;
  doses: { doseMg: number; label: string }[];
}) {
  const hydrated = useHydrated();
  const router = useRouter();
  const [date, setDate] = useState("");
  // No dose is chosen for the user: an untouched choice would record an interruption or a dose nobody picked.
  const [doseMg, setDoseMg] = useState("");
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [saved, setSaved] = useState("");

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setSaved("");
    if (doseMg === "") return setErrors({ doseMg: chooseTheNewDose });
    const outcome = await postJson(url, { date, doseMg: Number(doseMg) }, csrfToken);
    if (!outcome.ok)
      return setErrors(
        Object.fromEntries(
          outcome.errors.map((error) => [
            error.path || "date",
            error.path === "date"
              ? datePickerMessage(error.message, "Enter the day the new dose starts.")
              : error.message,
          ]),
        ),
      );
    setErrors({});
    setDate("");
    setDoseMg("");
    setSaved("Dose change recorded: it is now in the history below, and the plan above follows it.");
    router.refresh();
  };

  return (
    <form onSubmit={(event) => void submit(event)} className="row" method="post">
      <div className="field">
        <label htmlFor="dose-change-date">Date of the change</label>
        <input
          id="dose-change-date"
          type="date"
          // Nothing can be typed before the script runs: hydration would reset it without a word.
          disabled={!hydrated}
          value={date}
          onChange={(event) => setDate(event.target.value)}
          aria-describedby="dose-change-date-error"
        />
        <p className="field-error" id="dose-change-date-error" role="alert">
          {errors.date ?? ""}
        </p>
      </div>
      <div className="field">
        <label htmlFor="dose-change-dose">New daily dose</label>
        <select
          id="dose-change-dose"
          disabled={!hydrated}
          value={doseMg}
          onChange={(event) => setDoseMg(event.target.value)}
          aria-describedby="dose-change-dose-error"
        >
          <option value="">Choose the new dose</option>
          <option value="0">Interrupted (0 mg)</option>
          {doses.map((dose) => (
            <option key={dose.doseMg} value={String(dose.doseMg)}>
              {dose.label}
            </option>
          ))}
        </select>
        <p className="field-error" id="dose-change-dose-error" role="alert">
          {errors.doseMg ?? ""}
        </p>
      </div>
      <button type="submit" disabled={!hydrated}>
        Record the dose change
      </button>
      <p role="status">{saved}</p>
    </form>
  );
}
