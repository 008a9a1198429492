import type { ReactNode } from "react";
import "./rules.css";

/** The rules explorer and the teaching cases share their styles. */
export default function RulesLayout({ children }: { children: ReactNode }) {
  return children;
}
