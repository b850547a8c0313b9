import { describe, expect, it } from "vitest";
import { Batcher } from "./batcher.ts";

describe("Batcher: calls that arrive together run together", () => {
  it("gathers calls of one turn into one batch, and settles each with its own result", async () => {
    const batches: number[][] = [];
    const b = new Batcher<number, number>(
      async (items) => {
        batches.push(items.map((it) => it.input));
        for (const it of items) {
          if (it.input < 0) it.reject(new Error(`negative ${it.input}`));
          else it.resolve(it.input * 2);
        }
      },
      { maxBatch: 10, maxRunning: 1 },
    );
    const results = await Promise.allSettled([1, 2, -3, 4].map((n) => b.add(n)));
    expect(batches).toEqual([[1, 2, -3, 4]]);
    expect(results.map((r) => (r.status === "fulfilled" ? r.value : String(r.reason)))).toEqual([
      2,
      4,
      "Error: negative -3",
      8,
    ]);
  });

  it("keeps batches within maxBatch and at most maxRunning at once", async () => {
    let running = 0;
    let most = 0;
    const sizes: number[] = [];
    const b = new Batcher<number, number>(
      async (items) => {
        running++;
        most = Math.max(most, running);
        sizes.push(items.length);
        await new Promise((r) => setTimeout(r, 5));
        for (const it of items) it.resolve(it.input);
        running--;
      },
      { maxBatch: 3, maxRunning: 2 },
    );
    const all = await Promise.all(Array.from({ length: 10 }, (_, i) => b.add(i)));
    expect(all).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
    expect(Math.max(...sizes)).toBeLessThanOrEqual(3);
    expect(sizes.reduce((a, n) => a + n, 0)).toBe(10);
    expect(most).toBe(2);
  });

  it("rejects every unsettled call when the batch throws, and goes on with the next", async () => {
    let calls = 0;
    const b = new Batcher<number, number>(
      async (items) => {
        calls++;
        if (calls === 1) {
          items[0]!.resolve(1);
          throw new Error("connection lost");
        }
        for (const it of items) it.resolve(it.input);
      },
      { maxBatch: 10, maxRunning: 1 },
    );
    const first = await Promise.allSettled([b.add(1), b.add(2)]);
    expect(first.map((r) => r.status)).toEqual(["fulfilled", "rejected"]);
    expect(await b.add(3)).toBe(3);
  });
});
