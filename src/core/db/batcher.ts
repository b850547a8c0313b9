/**
 * Gathers calls that arrive close together into one batch, so that a burst of requests costs a
 * few statements instead of a few per request (group commit). A batch starts on the next turn of
 * the event loop after the first call, takes at most `maxBatch` items, and at most `maxRunning`
 * batches run at once; calls that arrive meanwhile wait for the next batch. `run` must settle
 * every item it is given (resolve or reject each one); if it throws, every unsettled item of the
 * batch is rejected with that error.
 */
export interface BatchItem<T, R> {
  readonly input: T;
  resolve(value: R): void;
  reject(error: unknown): void;
}

export interface BatcherOptions {
  maxBatch: number;
  maxRunning: number;
}

export class Batcher<T, R> {
  private readonly waiting: BatchItem<T, R>[] = [];
  private running = 0;
  private scheduled = false;

  constructor(
    private readonly run: (items: BatchItem<T, R>[]) => Promise<void>,
    private readonly opts: BatcherOptions,
  ) {}

  add(input: T): Promise<R> {
    return new Promise<R>((resolve, reject) => {
      this.waiting.push({ input, resolve, reject });
      this.schedule();
    });
  }

  private schedule() {
    if (this.scheduled || this.running >= this.opts.maxRunning || !this.waiting.length) return;
    this.scheduled = true;
    setImmediate(() => {
      this.scheduled = false;
      this.start();
    });
  }

  private start() {
    if (this.running >= this.opts.maxRunning || !this.waiting.length) return;
    const batch = this.waiting.splice(0, this.opts.maxBatch);
    this.running++;
    const settled = new Set<BatchItem<T, R>>();
    const items = batch.map((it) => ({
      input: it.input,
      resolve: (v: R) => {
        settled.add(it);
        it.resolve(v);
      },
      reject: (e: unknown) => {
        settled.add(it);
        it.reject(e);
      },
    }));
    this.run(items)
      .catch((error) => {
        for (const it of batch) {
          if (!settled.has(it)) it.reject(error);
          settled.add(it);
        }
      })
      .finally(() => {
        for (const it of batch)
          if (!settled.has(it)) it.reject(new Error("Batch ended without settling an item."));
        this.running--;
        this.schedule();
      });
    // More waiting than one batch holds, and room for another: start it too.
    this.schedule();
  }
}
