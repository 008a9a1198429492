import { mkdir, readFile, rm, writeFile } from "node:fs/promises";
import path from "node:path";

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

/**
 * PGlite is one process's database: a second process opening the same folder (the app and
 * `register:export` at once) would corrupt it. The folder holds the owner's pid; a live owner
 * other than this process is refused with what to do, a dead one's lock is taken over.
 */
export async function holdDataDirLock(dataDir: string): Promise<() => void> {
  await mkdir(dataDir, { recursive: true });
  const lockFile = path.join(dataDir, "register.lock");
  const owner = Number((await readFile(lockFile, "utf8").catch(() => "")).trim());
  if (Number.isInteger(owner) && owner > 0 && owner !== process.pid && isRunning(owner)) {
    throw new Error(
      `The register's data folder ${dataDir} is in use by process ${owner} (the app?). Stop it first, or use DATABASE_URL for a PostgreSQL server that many processes share.`,
    );
  }
  await writeFile(lockFile, String(process.pid));
  return () => void rm(lockFile, { force: true });
}
