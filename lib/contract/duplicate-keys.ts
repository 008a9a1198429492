import { visit } from "jsonc-parser";
import { fieldSegment } from "./field-errors";

/** What a refusal says of a field given twice, through every door that checks for one. */
export const givenTwiceMessage =
  "Given more than once: give each field once, so that the request says which value is meant.";

/**
 * The fields a JSON text gives twice in one object, each as its contract path ("patient.sex").
 * `JSON.parse` keeps the last one without a word, so `"sex": "female", "sex": "male"` would plan
 * for a man; like an unknown field, a field given twice is refused rather than guessed at.
 */
export function duplicateKeys(text: string): string[] {
  const objects: Set<string>[] = [];
  const repeated: string[] = [];
  try {
    scan(text, objects, repeated);
  } catch (error) {
    // The scanner recurses: a body nested thousands deep overflows it. No field of the contract
    // nests more than three deep, so the schema refuses such a body whatever its keys.
    if (error instanceof RangeError) return [];
    throw error;
  }
  // A field given three times is one fault.
  return [...new Set(repeated)];
}

function scan(text: string, objects: Set<string>[], repeated: string[]): void {
  visit(
    text,
    {
      onObjectBegin: () => {
        objects.push(new Set());
      },
      onObjectProperty: (property, _offset, _length, _line, _character, pathOfObject) => {
        const keys = objects.at(-1);
        // Written as the refusals of unknown fields write a path: a name holding a dot is quoted.
        if (keys?.has(property)) repeated.push([...pathOfObject().map(String), property].map(fieldSegment).join("."));
        keys?.add(property);
      },
      onObjectEnd: () => {
        objects.pop();
      },
    },
    { disallowComments: true },
  );
}
