// Which DOM listeners each node holds, so the host can say how many listeners an open
// modal keeps alive (liveListenerCount().modals). The DOM itself offers no way to list
// them, so addEventListener/removeEventListener are wrapped once, with the DOM's rule
// that the same (type, listener, capture) is added only once. A `once` listener counts
// until it is removed (the host's modals use none).
interface Held {
  type: string;
  listener: EventListenerOrEventListenerObject;
  capture: boolean;
}

const held = new WeakMap<EventTarget, Held[]>();
let installed = false;

function captureOf(options: boolean | EventListenerOptions | undefined): boolean {
  return typeof options === "boolean" ? options : options?.capture === true;
}

export function installListenerTracking(): void {
  if (installed || typeof document === "undefined") return;
  installed = true;
  // The prototype elements really use (the DOM library's EventTarget, which need not be
  // the global one the JavaScript runtime has).
  let proto: object = document.body;
  while (!Object.prototype.hasOwnProperty.call(proto, "addEventListener")) proto = Object.getPrototypeOf(proto) as object;
  type Add = (this: EventTarget, type: string, listener: EventListenerOrEventListenerObject | null, options?: boolean | AddEventListenerOptions) => void;
  type Remove = (this: EventTarget, type: string, listener: EventListenerOrEventListenerObject | null, options?: boolean | EventListenerOptions) => void;
  const add = Object.getOwnPropertyDescriptor(proto, "addEventListener")?.value as Add;
  const remove = Object.getOwnPropertyDescriptor(proto, "removeEventListener")?.value as Remove;
  const target = proto as EventTarget;
  target.addEventListener = function (this: EventTarget, type: string, listener: EventListenerOrEventListenerObject | null, options?: boolean | AddEventListenerOptions) {
    add.call(this, type, listener, options);
    if (!listener) return;
    const capture = captureOf(options);
    const list = held.get(this) ?? [];
    if (!list.some((h) => h.type === type && h.listener === listener && h.capture === capture)) list.push({ type, listener, capture });
    held.set(this, list);
  };
  target.removeEventListener = function (this: EventTarget, type: string, listener: EventListenerOrEventListenerObject | null, options?: boolean | EventListenerOptions) {
    remove.call(this, type, listener, options);
    const capture = captureOf(options);
    const list = held.get(this);
    if (list) held.set(this, list.filter((h) => !(h.type === type && h.listener === listener && h.capture === capture)));
  };
}

/** Listeners held by `root` and every element inside it. */
export function listenersWithin(root: Element): number {
  let count = held.get(root)?.length ?? 0;
  for (const el of Array.from(root.querySelectorAll("*"))) count += held.get(el)?.length ?? 0;
  return count;
}
