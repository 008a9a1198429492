import path from "node:path";

/** Everything the e2e server prints, kept so the privacy spec can read what a server would log. */
export const serverLogPath = path.join(process.cwd(), "artifacts", "e2e-server.log");
