import { UnitsKeptWhole } from "@/app/_components/units-kept-whole";
import type { Worded } from "@/lib/explorer/unit-systems";

/**
 * Words that hold a threshold, in both unit systems; the explorer's unit switch shows one
 * (CSS on `.explorer[data-units]`). Without the switch, conventional units show.
 */
export function UnitText({ words }: { words: Worded }) {
  if (words.conventional === words.si) return <UnitsKeptWhole text={words.conventional} />;
  return (
    <>
      <span className="in-conventional">
        <UnitsKeptWhole text={words.conventional} />
      </span>
      <span className="in-si">
        <UnitsKeptWhole text={words.si} />
      </span>
    </>
  );
}
