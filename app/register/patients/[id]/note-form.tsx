"use client";

import { useRouter } from "next/navigation";
import { useId, useState, type FormEvent } from "react";
import { postJson } from "../../_components/post-json";
import { useHydrated } from "../../_components/use-hydrated";

/**
 * One text field posted to the register: a contact note, a sign-off's comment, a plan
 * review's comment, why monitoring ends. `fields` adds fixed values (the result signed off).
 */
export function NoteForm({
  url,
  csrfToken,
  field,
  label,
  submitLabel,
  required,
  savedText = "Saved: it is now in the history below.",
  fields = {},
}: {
  url: string;
  csrfToken: string;
  field: "note" | "comment" | "reason";
  label: string;
  submitLabel: string;
  required: boolean;
  /** Said once the text is saved, where the form is (the entry itself appears in the history). */
  savedText?: string;
  fields?: Record<string, string>;
}) {
  const hydrated = useHydrated();
  const id = useId();
  const router = useRouter();
  const [text, setText] = useState("");
  const [error, setError] = useState("");
  const [busy, setBusy] = useState(false);
  const [saved, setSaved] = useState("");

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setSaved("");
    const outcome = await postJson(url, { ...fields, [field]: text }, csrfToken);
    setBusy(false);
    if (!outcome.ok) {
      setSaved("");
      return setError(outcome.errors.map((entry) => entry.message).join(" "));
    }
    setText("");
    setError("");
    setSaved(savedText);
    router.refresh();
  };

  return (
    <form onSubmit={(event) => void submit(event)} method="post">
      <div className="field">
        <label htmlFor={id}>{label}</label>
        <textarea
          id={id}
          rows={2}
          // Nothing can be typed before the script runs: hydration would reset it without a word.
          disabled={!hydrated}
          value={text}
          required={required}
          maxLength={2000}
          onChange={(event) => setText(event.target.value)}
          aria-describedby={`${id}-error`}
        />
        <p className="field-error" id={`${id}-error`} role="alert">
          {error}
        </p>
      </div>
      <button type="submit" disabled={busy || !hydrated}>
        {submitLabel}
      </button>
      <p role="status">{saved}</p>
    </form>
  );
}
