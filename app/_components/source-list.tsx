import type { PlanSource } from "@/lib/contract/plan";

/**
 * Citations as every page lists them: the title linked, then the section. On paper a link
 * cannot be followed, so `urlsInText` writes the address out too.
 */
export function SourceList({
  sources,
  className,
  urlsInText = false,
}: {
  sources: readonly PlanSource[];
  className?: string;
  urlsInText?: boolean;
}) {
  return (
    <ul className={className}>
      {sources.map((source) => (
        <li key={`${source.url}|${source.section}`}>
          <a href={source.url} rel="noreferrer noopener" target="_blank">
            {source.title}
          </a>
          , section {source.section}
          {source.readIn ? <span className="read-in"> (read in {source.readIn})</span> : null}
          {urlsInText ? `. ${source.url}` : null}
        </li>
      ))}
    </ul>
  );
}
