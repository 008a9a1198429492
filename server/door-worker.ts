import { parentPort } from "node:worker_threads";
import { answerDoorTask, type DoorTask } from "@/lib/doors/door-task";
import type { DoorMessage } from "@/server/door-pool";

// A worker thread of the door pool (server/door-pool.ts): it loads the engine once, says so,
// then answers each task it is sent. Nothing is logged; the text never leaves the process.
const port = parentPort;
if (port) {
  port.on("message", ({ id, task }: { id: number; task: DoorTask }) => {
    let message: DoorMessage;
    try {
      message = { id, answer: answerDoorTask(task) };
    } catch (error) {
      // A bug, not bad input: the request fails and the thread goes on. Only the error's kind is
      // sent, as its message may quote the request.
      message = { id, failed: error instanceof Error ? error.name : "Error" };
    }
    port.postMessage(message);
  });
  port.postMessage({ ready: true } satisfies DoorMessage);
}
