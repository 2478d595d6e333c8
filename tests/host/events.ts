// Obsidian's Events: on/off/offref/trigger/tryTrigger. Like the app, a handler
// that throws does not stop the other handlers: the error is logged. The host
// also keeps it in `handlerErrors` so a test can fail on it instead of missing it.

export type Handler = (...data: never[]) => unknown;
type AnyHandler = (...data: unknown[]) => unknown;

export const handlerErrors: unknown[] = [];

export class EventRef {
  constructor(
    readonly e: Events,
    readonly name: string,
    readonly fn: AnyHandler,
    readonly ctx: unknown,
    /** Subscriptions the host makes for itself; they are not a plugin's listeners. */
    readonly internal: boolean,
  ) {}
}

export class Events {
  private readonly handlers = new Map<string, EventRef[]>();

  on(name: string, callback: Handler, ctx?: unknown): EventRef {
    return this.add(new EventRef(this, name, callback as AnyHandler, ctx, false));
  }

  /** Host-internal subscription, left out of listenerCount(). */
  hostOn(name: string, callback: Handler): EventRef {
    return this.add(new EventRef(this, name, callback as AnyHandler, undefined, true));
  }

  off(name: string, callback: Handler): void {
    const list = this.handlers.get(name);
    if (!list) return;
    this.handlers.set(
      name,
      list.filter((ref) => ref.fn !== (callback as AnyHandler)),
    );
  }

  offref(ref: EventRef): void {
    const list = this.handlers.get(ref.name);
    if (!list) return;
    this.handlers.set(
      ref.name,
      list.filter((candidate) => candidate !== ref),
    );
  }

  trigger(name: string, ...data: unknown[]): void {
    for (const ref of [...(this.handlers.get(name) ?? [])]) this.tryTrigger(ref, data);
  }

  tryTrigger(evt: EventRef, args: unknown[]): void {
    try {
      evt.fn.apply(evt.ctx, args);
    } catch (error) {
      handlerErrors.push(error);
      console.error(error);
    }
  }

  /** Live plugin listeners (host-internal ones excluded), for leak checks. */
  listenerCount(): number {
    let count = 0;
    for (const list of this.handlers.values()) count += list.filter((ref) => !ref.internal).length;
    return count;
  }

  private add(ref: EventRef): EventRef {
    this.handlers.set(ref.name, [...(this.handlers.get(ref.name) ?? []), ref]);
    return ref;
  }
}
