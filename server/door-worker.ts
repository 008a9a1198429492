import { parentPort } from "node:worker_threads";
import { answerDoorTask, type DoorTask } from "@/lib/doors/door-task";
import type { DoorMessage } from "@/server/door-pool";

// A worker thread of the door pool (server/door-pool.ts): it loads the engine once, says so,
// then answers each task it is sent. Nothing is logged; the text never leaves the process.
const port = parentPort;
if (port) {
  port.on("message", ({ id, task }: { id: number; task: DoorTask }) => {
    port.postMessage({ id, answer: answerDoorTask(task) } satisfies DoorMessage);
  });
  port.postMessage({ ready: true } satisfies DoorMessage);
}
