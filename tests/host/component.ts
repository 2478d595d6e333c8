// Obsidian's Component: a load/unload lifecycle with children and registered
// clean-ups. Unload order follows the app: children first, then registered
// clean-ups (last registered first), then onunload().
//
// Plugins subclass these classes, so the host keeps its own state in #private
// fields and names its internal methods host*, to never collide with a field
// a plugin declares.
import type { EventRef } from "./events";

/** Live DOM listeners and intervals registered through any Component, for leak checks. */
export const liveRegistrations = { domListeners: 0, intervals: 0 };

export class Component {
  #loaded = false;
  #children: Component[] = [];
  #cleanups: (() => unknown)[] = [];

  load(): void {
    void this.hostLoad();
  }

  /**
   * load() that hands back onload's promise when onload is async: the app
   * awaits an async Plugin.onload before it counts the plugin as enabled.
   */
  hostLoad(): Promise<void> {
    if (this.#loaded) return Promise.resolve();
    this.#loaded = true;
    const result = this.onload();
    for (const child of [...this.#children]) child.load();
    return result instanceof Promise ? result : Promise.resolve();
  }

  onload(): void | Promise<void> {
    // Override to load the component.
  }

  unload(): void {
    if (!this.#loaded) return;
    this.#loaded = false;
    const children = this.#children;
    this.#children = [];
    while (children.length > 0) children.pop()?.unload();
    const cleanups = this.#cleanups;
    this.#cleanups = [];
    while (cleanups.length > 0) cleanups.pop()?.();
    this.onunload();
  }

  onunload(): void {
    // Override to unload the component.
  }

  hostIsLoaded(): boolean {
    return this.#loaded;
  }

  addChild<T extends Component>(component: T): T {
    this.#children.push(component);
    if (this.#loaded) component.load();
    return component;
  }

  removeChild<T extends Component>(component: T): T {
    const index = this.#children.indexOf(component);
    if (index >= 0) {
      this.#children.splice(index, 1);
      component.unload();
    }
    return component;
  }

  register(cb: () => unknown): void {
    this.#cleanups.push(cb);
  }

  registerEvent(eventRef: EventRef): void {
    this.register(() => eventRef.e.offref(eventRef));
  }

  registerDomEvent<K extends keyof HTMLElementEventMap>(
    el: Window | Document | HTMLElement,
    type: K,
    callback: (this: HTMLElement, ev: HTMLElementEventMap[K]) => unknown,
    options?: boolean | AddEventListenerOptions,
  ): void {
    const listener = callback as EventListener;
    el.addEventListener(type, listener, options);
    liveRegistrations.domListeners++;
    this.register(() => {
      el.removeEventListener(type, listener, options);
      liveRegistrations.domListeners--;
    });
  }

  registerInterval(id: number): number {
    liveRegistrations.intervals++;
    this.register(() => {
      window.clearInterval(id);
      liveRegistrations.intervals--;
    });
    return id;
  }
}
