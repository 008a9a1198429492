import { answerHook } from "@/lib/interop/cds-hooks";
import { hookRequest, medicationRequest, observationHistory, otherOrder, typicalHookRequest } from "@/tests/support/cds-requests";
function worst(orders: number, jak: number, obs: number) {
  const list = Array.from({ length: orders }, (_, i) => i < jak ? medicationRequest({ medication: "abrocitinib 100 MG Oral Tablet", doseMg: [100, 200][i % 2]!, start: `2027-01-${String((i % 28) + 1).padStart(2, "0")}` }, i) : otherOrder(i));
  return hookRequest(list, observationHistory(obs));
}
function time(label: string, body: unknown, n: number) {
  const text = JSON.stringify(body);
  for (let i = 0; i < 20; i++) answerHook(JSON.parse(text), "2026-12-20");
  const times: number[] = [];
  for (let i = 0; i < n; i++) { const t0 = performance.now(); JSON.stringify(answerHook(JSON.parse(text), "2026-12-20").body); times.push(performance.now() - t0); }
  times.sort((a, b) => a - b);
  console.log(label, (text.length / 1024).toFixed(0), "kB median", times[n >> 1]!.toFixed(2), "ms min", times[0]!.toFixed(2));
}
time("typical", typicalHookRequest(), 400);
time("1 jak, 120 obs", worst(1, 1, 120), 200);
time("100 all jak, 2000 obs", worst(100, 100, 2000), 40);
time("100 orders 1 jak, 2000 obs", worst(100, 1, 2000), 40);
