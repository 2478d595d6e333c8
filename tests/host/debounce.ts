// Obsidian's debounce(cb, timeout, resetTimer): the first call starts a timer,
// later calls only replace the arguments (or also restart the timer when
// resetTimer is true); cancel() drops the pending call and run() makes it now.
import type { Debouncer } from "obsidian";

export function debounce<T extends unknown[], V>(cb: (...args: [...T]) => V, timeout = 0, resetTimer = false): Debouncer<T, V> {
  let timer: number | undefined;
  let pending: [...T] | undefined;

  const fire = (): V | void => {
    if (timer !== undefined) window.clearTimeout(timer);
    timer = undefined;
    if (pending === undefined) return;
    const args = pending;
    pending = undefined;
    return cb(...args);
  };

  const debounced = (...args: [...T]): Debouncer<T, V> => {
    pending = args;
    if (timer !== undefined && resetTimer) {
      window.clearTimeout(timer);
      timer = undefined;
    }
    if (timer === undefined) timer = window.setTimeout(fire, timeout);
    return debouncer;
  };
  const debouncer = Object.assign(debounced, {
    cancel(): Debouncer<T, V> {
      if (timer !== undefined) window.clearTimeout(timer);
      timer = undefined;
      pending = undefined;
      return debouncer;
    },
    run(): V | void {
      return fire();
    },
  }) as Debouncer<T, V>;
  return debouncer;
}
