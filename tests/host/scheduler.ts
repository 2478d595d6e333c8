// Work the app does "a little later": metadata indexing after a write, the
// editor's debounced save, a view reloading a file changed underneath it.
// Each job runs on a real timer like in Obsidian, and flush() lets a test run
// everything that is pending right now instead of sleeping.

interface DeferredJob {
  timer: number;
  run: () => void | Promise<void>;
}

export class Scheduler {
  private readonly jobs = new Map<string, DeferredJob>();
  private readonly inflight = new Set<Promise<unknown>>();
  private readonly failures: unknown[] = [];

  /**
   * Runs `run` after `delayMs`. A job with the same key replaces the pending
   * one and restarts its timer, which is how a debounced save behaves.
   */
  defer(key: string, delayMs: number, run: () => void | Promise<void>): void {
    this.cancel(key);
    const timer = window.setTimeout(() => {
      this.jobs.delete(key);
      this.track(Promise.resolve().then(run));
    }, delayMs);
    this.jobs.set(key, { timer, run });
  }

  isPending(key: string): boolean {
    return this.jobs.has(key);
  }

  cancel(key: string): void {
    const job = this.jobs.get(key);
    if (!job) return;
    window.clearTimeout(job.timer);
    this.jobs.delete(key);
  }

  /** Keeps a promise the host started, so flush() can wait for it and report its failure. */
  track(promise: Promise<unknown>): void {
    const settled = promise.then(
      () => undefined,
      (error: unknown) => {
        this.failures.push(error);
      },
    );
    this.inflight.add(settled);
    void settled.then(() => this.inflight.delete(settled));
  }

  /** Runs every pending job now and waits until nothing is left, including work those jobs start. */
  async flush(): Promise<void> {
    for (let round = 0; round < 1000; round++) {
      await Promise.resolve();
      if (this.jobs.size === 0 && this.inflight.size === 0) return this.rethrow();
      const due = [...this.jobs.entries()];
      for (const [key, job] of due) {
        window.clearTimeout(job.timer);
        this.jobs.delete(key);
        this.track(Promise.resolve().then(job.run));
      }
      await Promise.all([...this.inflight]);
    }
    throw new Error("Stand-in host: flush() did not settle after 1000 rounds; something keeps scheduling work.");
  }

  private rethrow(): void {
    const failure = this.failures.shift();
    if (failure !== undefined) throw failure instanceof Error ? failure : new Error("Stand-in host: background work failed.", { cause: failure });
  }
}

let ambient: Scheduler | undefined;

/** The scheduler of the most recently created host; UI callbacks report to it. */
export function setAmbientScheduler(scheduler: Scheduler | undefined): void {
  ambient = scheduler;
}

/**
 * Hands the promise an event callback returned (an async onClick, onChange,
 * onOpen...) to the current host, so host.flush() waits for it and reports
 * its failure. The app itself just lets such promises run.
 */
export function trackResult(result: unknown): void {
  if (result instanceof Promise) {
    if (ambient) ambient.track(result);
    else void result;
  }
}
