import { Worker } from "node:worker_threads";
import { afterEach, describe, expect, it } from "vitest";
import { answerDoorTask, type DoorTask } from "@/lib/doors/door-task";
import { toCalendarDate } from "@/lib/dates/calendar-date";
import { createDoorPool, type DoorPool } from "@/server/door-pool";
import { doorThreadCount } from "@/server/door-threads";
import { allDrugs, minimalRequest } from "../support/requests";
import { typicalHookRequest } from "../support/cds-requests";

// The server's worker entry, with tsx standing in for the build. (Node 20 does not pass an
// `--import` of loader hooks on to a worker, so the worker registers tsx itself.)
const entry = new URL("../../server/door-worker.ts", import.meta.url).href;
const doorWorker = () =>
  new Worker(
    `import("tsx/esm/api").then(({ register }) => { register(); return import(${JSON.stringify(entry)}); });`,
    {
      eval: true,
    },
  );

/** A thread that loads and says it is ready, then stops at its first task. */
const stopsAtFirstTask = () =>
  new Worker(
    `const { parentPort } = require("node:worker_threads");
     parentPort.postMessage({ ready: true });
     parentPort.on("message", () => process.exit(1));`,
    { eval: true },
  );

/** A thread that says it is ready and then never answers: its queue only fills. */
const neverAnswers = () =>
  new Worker(`require("node:worker_threads").parentPort.postMessage({ ready: true }); setInterval(() => {}, 1000);`, {
    eval: true,
  });

/** A thread whose entry throws before it is ready (a missing or broken build). */
const brokenAtStart = () => new Worker(`throw new Error("broken build");`, { eval: true, stderr: true });

const today = toCalendarDate("2027-01-04");

/** Every drug's request, an invalid one, one that is not JSON, a FHIR bundle and CDS Hooks calls: every door's kinds of answer. */
const tasks: DoorTask[] = [
  ...allDrugs.map((drug): DoorTask => ({ door: "plan", body: JSON.stringify(minimalRequest(drug)) })),
  { door: "plan", body: JSON.stringify(minimalRequest("abrocitinib", { doseMg: 7 })) },
  { door: "plan", body: "{ not json" },
  { door: "fhir-bundle", body: JSON.stringify(minimalRequest("upadacitinib")), today },
  { door: "cds-hook", body: JSON.stringify(typicalHookRequest()), today },
  { door: "cds-hook", body: JSON.stringify({ hook: "order-sign" }), today },
];

const pools: DoorPool[] = [];
function pool(threads: number, startWorker: () => Worker, options?: { maxQueuedChars?: number }): DoorPool {
  const created = createDoorPool(threads, startWorker, options);
  pools.push(created);
  return created;
}

afterEach(async () => {
  await Promise.all(pools.splice(0).map((created) => created.close()));
});

describe("the door pool answers on worker threads with the door's own bytes", () => {
  it("two ready threads answer 120 requests sent at once, each exactly as the door does", async () => {
    const threads = pool(2, doorWorker);
    expect(await threads.ready()).toBe(2);
    const sent = Array.from({ length: 120 }, (_, index) => tasks[index % tasks.length]!);
    const answers = await Promise.all(sent.map((task) => threads.answer(task)));
    answers.forEach((answer, index) => expect(answer).toEqual(answerDoorTask(sent[index]!)));
    expect(threads.answered).toEqual({ offThread: 120, here: 0 });
  });

  it("before a thread is ready, the request is answered here at once", async () => {
    const threads = pool(1, doorWorker);
    const task = tasks[0]!;
    expect(await threads.answer(task)).toEqual(answerDoorTask(task));
    expect(threads.answered).toEqual({ offThread: 0, here: 1 });
    expect(await threads.ready()).toBe(1);
  });

  it("a thread that stops mid-task: its request is answered here, and a new thread takes the next", async () => {
    let started = 0;
    const threads = pool(1, () => {
      started += 1;
      return stopsAtFirstTask();
    });
    await threads.ready();
    const task = tasks[1]!;
    expect(await threads.answer(task)).toEqual(answerDoorTask(task));
    expect(threads.answered).toEqual({ offThread: 0, here: 1 });
    expect(await threads.ready()).toBe(1);
    expect(started).toBe(2);
  });

  it("threads that break at start are tried three times, then the pool answers everything here", async () => {
    let started = 0;
    const threads = pool(2, () => {
      started += 1;
      return brokenAtStart();
    });
    expect(await threads.ready()).toBe(0);
    expect(await threads.ready()).toBe(0);
    for (const task of tasks) expect(await threads.answer(task)).toEqual(answerDoorTask(task));
    expect(started).toBe(3);
    expect(threads.answered).toEqual({ offThread: 0, here: tasks.length });
  });

  it("a thread's queue holds at most the text allowed: past it, requests are answered here", async () => {
    const task = tasks[0]!;
    // Room for three of these requests' text in the one thread's queue.
    const threads = pool(1, neverAnswers, { maxQueuedChars: task.body.length * 3 });
    await threads.ready();
    const queued = [threads.answer(task), threads.answer(task), threads.answer(task)];
    expect(await threads.answer(task)).toEqual(answerDoorTask(task));
    expect(await threads.answer(task)).toEqual(answerDoorTask(task));
    expect(threads.answered).toEqual({ offThread: 0, here: 2 });
    // Stopping the thread answers what it held, here.
    await threads.close();
    for (const answer of await Promise.all(queued)) expect(answer).toEqual(answerDoorTask(task));
    expect(threads.answered.here).toBe(5);
  });

  it("a door that throws (a bug) fails that request only, on a thread or here, and the thread goes on", async () => {
    // No door takes it: answering it throws, as no door does on any text.
    const broken = { door: "no-such-door", body: "{}" } as unknown as DoorTask;
    const threads = pool(1, doorWorker);
    await threads.ready();
    await expect(threads.answer(broken)).rejects.toThrow("The no-such-door door failed on a worker thread (Error).");
    expect(await threads.answer(tasks[0]!)).toEqual(answerDoorTask(tasks[0]!));
    expect(threads.answered.offThread).toBe(2);

    // A thread that stops while holding it: answered here, where it throws again, and only the request fails.
    const stopping = pool(1, stopsAtFirstTask);
    await stopping.ready();
    await expect(stopping.answer(broken)).rejects.toThrow('No door named "no-such-door".');
    expect(await stopping.answer(tasks[0]!)).toEqual(answerDoorTask(tasks[0]!));
  });

  it("with no threads configured, nothing is started", async () => {
    let started = 0;
    const threads = pool(0, () => {
      started += 1;
      return doorWorker();
    });
    expect(await threads.answer(tasks[2]!)).toEqual(answerDoorTask(tasks[2]!));
    expect(await threads.ready()).toBe(0);
    expect(started).toBe(0);
  });
});

describe("JAK_DOOR_THREADS", () => {
  it.each([
    [undefined, 2, 1],
    [undefined, 1, 0],
    [undefined, 16, 4],
    ["", 8, 4],
    ["0", 8, 0],
    ["3", 1, 3],
    ["16", 2, 16],
  ])("%j on %i cores → %i threads", (setting, cores, threads) => {
    expect(doorThreadCount(setting, cores, false)).toBe(threads);
  });

  it("the development server answers on its own thread unless told otherwise", () => {
    expect(doorThreadCount(undefined, 8, true)).toBe(0);
    expect(doorThreadCount("2", 8, true)).toBe(2);
  });

  it.each(["17", "-1", "1.5", "two", "0x2"])("%j is refused with a message naming the setting", (setting) => {
    expect(() => doorThreadCount(setting, 2, false)).toThrow(/JAK_DOOR_THREADS must be a whole number from 0 to 16/);
  });
});
