// Platform flags, Keymap/Scope, getLanguage and the API version. The host acts
// as the Linux desktop app unless a test switches it to mobile.
import type { KeymapEventHandler, KeymapEventListener, Modifier, PaneType, UserEvent } from "obsidian";

/** The app version whose obsidian.d.ts this host follows. */
export const HOST_API_VERSION = "1.13.1";

/** The running app's version; a test may pretend to be an older app. */
export let apiVersion = HOST_API_VERSION;

export function hostSetApiVersion(version: string): void {
  apiVersion = version;
}

export const Platform = {
  isDesktop: true,
  isMobile: false,
  isDesktopApp: true,
  isMobileApp: false,
  isIosApp: false,
  isAndroidApp: false,
  isPhone: false,
  isTablet: false,
  isMacOS: false,
  isWin: false,
  isLinux: true,
  isSafari: false,
  resourcePathPrefix: "app://stand-in/",
};

/** Host switch for app.emulateMobile()-style tests: a phone-sized mobile app, or back to desktop. */
export function hostSetMobile(mobile: boolean): void {
  Object.assign(Platform, {
    isDesktop: !mobile,
    isMobile: mobile,
    isDesktopApp: !mobile,
    isMobileApp: mobile,
    isAndroidApp: mobile,
    isPhone: mobile,
    isLinux: !mobile,
    resourcePathPrefix: mobile ? "file:///" : "app://stand-in/",
  });
}

let language = "en";

/** Obsidian's display language, as getLanguage returns it: "en" unless a test sets the app's language (reset it after). */
export function setLanguage(code: string): void {
  language = code;
}

export function getLanguage(): string {
  return language;
}

/** True when the running app is at least `version`. */
export function requireApiVersion(version: string): boolean {
  const have = apiVersion.split(".").map(Number);
  const want = version.split(".").map(Number);
  for (let i = 0; i < Math.max(have.length, want.length); i++) {
    const diff = (have[i] ?? 0) - (want[i] ?? 0);
    if (diff !== 0) return diff > 0;
  }
  return true;
}

function hasModifier(evt: MouseEvent | TouchEvent | KeyboardEvent, modifier: Modifier): boolean {
  switch (modifier) {
    case "Mod":
      return Platform.isMacOS ? evt.metaKey : evt.ctrlKey;
    case "Ctrl":
      return evt.ctrlKey;
    case "Meta":
      return evt.metaKey;
    case "Shift":
      return evt.shiftKey;
    case "Alt":
      return evt.altKey;
  }
}

export class Scope {
  readonly parent: Scope | undefined;
  readonly handlers: KeymapEventHandler[] = [];
  readonly #listeners = new Map<KeymapEventHandler, KeymapEventListener>();

  constructor(parent?: Scope) {
    this.parent = parent;
  }

  register(modifiers: Modifier[] | null, key: string | null, func: KeymapEventListener): KeymapEventHandler {
    const handler: KeymapEventHandler = { scope: this, modifiers: modifiers ? modifiers.join(",") : null, key };
    this.handlers.push(handler);
    this.#listeners.set(handler, func);
    return handler;
  }

  unregister(handler: KeymapEventHandler): void {
    const index = this.handlers.indexOf(handler);
    if (index >= 0) this.handlers.splice(index, 1);
    this.#listeners.delete(handler);
  }

  /** Runs the first matching handler; returns true when one handled the key (a listener returning false also prevents the default). */
  hostHandleKey(evt: KeyboardEvent): boolean {
    for (const handler of this.handlers) {
      if (handler.key !== null && handler.key.toLowerCase() !== evt.key.toLowerCase()) continue;
      const wanted = handler.modifiers === null ? null : handler.modifiers.split(",").filter((m) => m !== "");
      if (wanted !== null) {
        const all: Modifier[] = ["Ctrl", "Meta", "Shift", "Alt"];
        const expanded = wanted.map((m) => (m === "Mod" ? (Platform.isMacOS ? "Meta" : "Ctrl") : m));
        if (!all.every((m) => hasModifier(evt, m) === expanded.includes(m))) continue;
      }
      const listener = this.#listeners.get(handler);
      const result: unknown = listener?.(evt, { vkey: evt.key, modifiers: handler.modifiers, key: handler.key });
      if (result === false) evt.preventDefault();
      return true;
    }
    return this.parent ? this.parent.hostHandleKey(evt) : false;
  }
}

export class Keymap {
  readonly #scopes: Scope[] = [];

  pushScope(scope: Scope): void {
    this.#scopes.push(scope);
  }

  popScope(scope: Scope): void {
    const index = this.#scopes.lastIndexOf(scope);
    if (index >= 0) this.#scopes.splice(index, 1);
  }

  hostActiveScope(): Scope | undefined {
    return this.#scopes[this.#scopes.length - 1];
  }

  static isModifier(evt: MouseEvent | TouchEvent | KeyboardEvent, modifier: Modifier): boolean {
    return hasModifier(evt, modifier);
  }

  /** Mod (or a middle click) opens a tab, Mod+Alt a split, Mod+Alt+Shift a window; otherwise false. */
  static isModEvent(evt?: UserEvent | null): PaneType | boolean {
    if (!evt) return false;
    const mod = hasModifier(evt, "Mod");
    const middle = "button" in evt && evt.type !== "keydown" && evt.button === 1;
    if (mod && evt.altKey && evt.shiftKey) return "window";
    if (mod && evt.altKey) return "split";
    return mod || middle ? "tab" : false;
  }
}
