// Obsidian's additions to the DOM (the `declare global` block of obsidian.d.ts):
// createEl/createDiv/createSpan/createSvg/createFragment, empty, detach,
// addClass, setText, setAttr, isShown, setCssProps and the rest, installed on
// whichever DOM is running (happy-dom under vitest, a real page in Chromium).
//
// These helpers are what plugins are told to use instead of native DOM calls,
// so here, where they are implemented, the native factories are called
// directly: createElementNS with the HTML namespace makes the same element as
// createElement.

const HTML_NS = "http://www.w3.org/1999/xhtml";
const SVG_NS = "http://www.w3.org/2000/svg";

function define<T extends object, K extends keyof T>(target: T, name: K, value: T[K]): void {
  Object.defineProperty(target, name, { value, writable: true, configurable: true, enumerable: false });
}

function defineGetter<T extends object>(target: T, name: string, get: (this: T) => unknown): void {
  Object.defineProperty(target, name, { get, configurable: true, enumerable: false });
}

function ownerDoc(node: Node): Document {
  return node.nodeType === Node.DOCUMENT_NODE ? (node as Document) : (node.ownerDocument ?? document);
}

/** instanceof that also holds across windows: a class from another window matches by name. */
function isInstance(value: object, type: { prototype: unknown; name: string }): boolean {
  for (let proto: unknown = Object.getPrototypeOf(value); proto !== null; proto = Object.getPrototypeOf(proto)) {
    if (proto === type.prototype) return true;
    if (typeof proto === "object" && proto !== null && "constructor" in proto && typeof proto.constructor === "function" && proto.constructor.name === type.name) return true;
  }
  return false;
}

function applyInfo(el: Element, info: DomElementInfo | SvgElementInfo | string | undefined): void {
  if (info === undefined) return;
  const o: DomElementInfo = typeof info === "string" ? { cls: info } : info;
  if (o.cls !== undefined) el.addClasses((Array.isArray(o.cls) ? o.cls : o.cls.split(" ")).filter((cls) => cls !== ""));
  if (o.text !== undefined) el.setText(o.text);
  if (o.attr) el.setAttrs(o.attr);
  if (o.title !== undefined) el.setAttr("title", o.title);
  if (o.type !== undefined) el.setAttr("type", o.type);
  if (o.placeholder !== undefined) el.setAttr("placeholder", o.placeholder);
  if (o.href !== undefined) el.setAttr("href", o.href);
  if (o.value !== undefined && "value" in el) (el as HTMLInputElement).value = o.value;
}

function place(el: Element, parent: Node | undefined, info: DomElementInfo | SvgElementInfo | string | undefined): void {
  if (!parent) return;
  if (typeof info !== "string" && info?.prepend) parent.insertBefore(el, parent.firstChild);
  else parent.appendChild(el);
}

function makeEl<K extends keyof HTMLElementTagNameMap>(doc: Document, tag: K, o: DomElementInfo | string | undefined, parent: Node | undefined): HTMLElementTagNameMap[K] {
  const el = doc.createElementNS(HTML_NS, tag) as HTMLElementTagNameMap[K];
  applyInfo(el, o);
  place(el, parent, o);
  return el;
}

function makeSvg<K extends keyof SVGElementTagNameMap>(doc: Document, tag: K, o: SvgElementInfo | string | undefined, parent: Node | undefined): SVGElementTagNameMap[K] {
  const el = doc.createElementNS(SVG_NS, tag);
  applyInfo(el, o);
  place(el, parent, o);
  return el;
}

function setDisplay(el: HTMLElement, display: string): void {
  el.style.display = display;
}

function installNodeHelpers(): void {
  const node = Node.prototype;
  define(node, "createEl", function <K extends keyof HTMLElementTagNameMap>(this: Node, tag: K, o?: DomElementInfo | string, cb?: (el: HTMLElementTagNameMap[K]) => void) {
    const el = makeEl(ownerDoc(this), tag, o, this);
    cb?.(el);
    return el;
  });
  define(node, "createDiv", function (this: Node, o?: DomElementInfo | string, cb?: (el: HTMLDivElement) => void) {
    const el = makeEl(ownerDoc(this), "div", o, this);
    cb?.(el);
    return el;
  });
  define(node, "createSpan", function (this: Node, o?: DomElementInfo | string, cb?: (el: HTMLSpanElement) => void) {
    const el = makeEl(ownerDoc(this), "span", o, this);
    cb?.(el);
    return el;
  });
  define(node, "createSvg", function <K extends keyof SVGElementTagNameMap>(this: Node, tag: K, o?: SvgElementInfo | string, cb?: (el: SVGElementTagNameMap[K]) => void) {
    const el = makeSvg(ownerDoc(this), tag, o, this);
    cb?.(el);
    return el;
  });
  define(node, "detach", function (this: Node) {
    this.parentNode?.removeChild(this);
  });
  define(node, "empty", function (this: Node) {
    while (this.firstChild) this.removeChild(this.firstChild);
  });
  define(node, "insertAfter", function <T extends Node>(this: Node, newNode: T, child: Node | null): T {
    return this.insertBefore(newNode, child ? child.nextSibling : this.firstChild);
  });
  define(node, "indexOf", function (this: Node, other: Node) {
    return Array.prototype.indexOf.call(this.childNodes, other);
  });
  define(node, "setChildrenInPlace", function (this: Node, children: Node[]) {
    for (const old of Array.from(this.childNodes)) if (!children.includes(old)) this.removeChild(old);
    children.forEach((child, index) => {
      if (this.childNodes[index] !== child) this.insertBefore(child, this.childNodes[index] ?? null);
    });
  });
  define(node, "appendText", function (this: Node, val: string) {
    this.appendChild(ownerDoc(this).createTextNode(val));
  });
  define(node, "instanceOf", function <T>(this: Node, type: new () => T): boolean {
    return isInstance(this, type);
  } as Node["instanceOf"]);
  defineGetter(node, "doc", function (this: Node) {
    return ownerDoc(this);
  });
  defineGetter(node, "win", function (this: Node) {
    return ownerDoc(this).defaultView ?? window;
  });
  defineGetter(node, "constructorWin", () => window);
}

function installElementHelpers(): void {
  const element = Element.prototype;
  define(element, "getText", function (this: Element) {
    return this.textContent ?? "";
  });
  define(element, "setText", function (this: Element, val: string | DocumentFragment) {
    if (typeof val === "string") {
      this.textContent = val;
    } else {
      this.empty();
      this.appendChild(val);
    }
  });
  define(element, "addClass", function (this: Element, ...classes: string[]) {
    this.classList.add(...classes);
  });
  define(element, "addClasses", function (this: Element, classes: string[]) {
    this.classList.add(...classes);
  });
  define(element, "removeClass", function (this: Element, ...classes: string[]) {
    this.classList.remove(...classes);
  });
  define(element, "removeClasses", function (this: Element, classes: string[]) {
    this.classList.remove(...classes);
  });
  define(element, "toggleClass", function (this: Element, classes: string | string[], value: boolean) {
    for (const cls of Array.isArray(classes) ? classes : [classes]) this.classList.toggle(cls, value);
  });
  define(element, "hasClass", function (this: Element, cls: string) {
    return this.classList.contains(cls);
  });
  define(element, "setAttr", function (this: Element, name: string, value: string | number | boolean | null) {
    if (value === null) this.removeAttribute(name);
    else this.setAttribute(name, String(value));
  });
  define(element, "setAttrs", function (this: Element, obj: { [key: string]: string | number | boolean | null }) {
    for (const [name, value] of Object.entries(obj)) this.setAttr(name, value);
  });
  define(element, "getAttr", function (this: Element, name: string) {
    return this.getAttribute(name);
  });
  define(element, "matchParent", function (this: Element, selector: string, lastParent?: Element) {
    if (this.matches(selector)) return this;
    for (let el = this.parentElement; el && el !== lastParent; el = el.parentElement) if (el.matches(selector)) return el;
    return null;
  });
  define(element, "getCssPropertyValue", function (this: Element, property: string, pseudoElement?: string) {
    return getComputedStyle(this, pseudoElement).getPropertyValue(property);
  });
  define(element, "isActiveElement", function (this: Element) {
    return ownerDoc(this).activeElement === this;
  });
  define(element, "find", function (this: Element, selector: string) {
    return this.querySelector(selector);
  });
  define(element, "findAll", function (this: Element, selector: string) {
    return Array.from(this.querySelectorAll<HTMLElement>(selector));
  });
  define(element, "findAllSelf", function (this: Element, selector: string) {
    const found = Array.from(this.querySelectorAll<HTMLElement>(selector));
    return this.matches(selector) && this.instanceOf(HTMLElement) ? [this, ...found] : found;
  });
  const fragment = DocumentFragment.prototype;
  define(fragment, "find", function (this: DocumentFragment, selector: string) {
    return this.querySelector<HTMLElement>(selector);
  } as DocumentFragment["find"]);
  define(fragment, "findAll", function (this: DocumentFragment, selector: string) {
    return Array.from(this.querySelectorAll<HTMLElement>(selector));
  });
}

function setStyles(this: HTMLElement | SVGElement, styles: Partial<CSSStyleDeclaration>): void {
  for (const [name, value] of Object.entries(styles)) {
    if (typeof value === "string") this.style.setProperty(name.replace(/[A-Z]/g, (ch) => `-${ch.toLowerCase()}`), value);
  }
}

function setProps(this: HTMLElement | SVGElement, props: Record<string, string>): void {
  for (const [name, value] of Object.entries(props)) this.style.setProperty(name, value);
}

function installHtmlElementHelpers(): void {
  const html = HTMLElement.prototype;
  define(html, "show", function (this: HTMLElement) {
    setDisplay(this, "");
  });
  define(html, "hide", function (this: HTMLElement) {
    setDisplay(this, "none");
  });
  define(html, "toggle", function (this: HTMLElement, show: boolean) {
    setDisplay(this, show ? "" : "none");
  });
  define(html, "toggleVisibility", function (this: HTMLElement, visible: boolean) {
    this.style.visibility = visible ? "" : "hidden";
  });
  define(html, "isShown", function (this: HTMLElement) {
    const hidden = (el: HTMLElement): boolean => el.hidden !== false || el.style.display === "none";
    if (!this.isConnected || hidden(this)) return false;
    for (let el = this.parentElement; el; el = el.parentElement) if (hidden(el)) return false;
    return true;
  });
  define(html, "setCssStyles", setStyles);
  define(html, "setCssProps", setProps);
  define(SVGElement.prototype, "setCssStyles", setStyles);
  define(SVGElement.prototype, "setCssProps", setProps);
  defineGetter(html, "innerWidth", function (this: HTMLElement) {
    return this.clientWidth;
  });
  defineGetter(html, "innerHeight", function (this: HTMLElement) {
    return this.clientHeight;
  });
  define(html, "onClickEvent", function (this: HTMLElement, listener: (this: HTMLElement, ev: MouseEvent) => unknown, options?: boolean | AddEventListenerOptions) {
    this.addEventListener("click", listener, options);
    this.addEventListener("auxclick", listener, options);
  });
  define(html, "trigger", function (this: HTMLElement, eventType: string) {
    this.dispatchEvent(new Event(eventType, { bubbles: true }));
  });
  installDelegation(html);
  define(html, "onNodeInserted", function (this: HTMLElement, listener: () => unknown, once?: boolean) {
    let wasConnected = this.isConnected;
    const observer = new MutationObserver(() => {
      if (this.isConnected && !wasConnected) {
        listener();
        if (once) observer.disconnect();
      }
      wasConnected = this.isConnected;
    });
    observer.observe(ownerDoc(this), { childList: true, subtree: true });
    return () => observer.disconnect();
  });
  define(html, "onWindowMigrated", function () {
    // A single-window host never migrates nodes.
    return () => undefined;
  });
}

/** el.on(type, selector, listener): one listener on el for events from descendants matching selector. */
function installDelegation(html: HTMLElement): void {
  const wrappers = new WeakMap<object, EventListener>();
  define(html, "on", function (this: HTMLElement, type: string, selector: string, listener: (this: HTMLElement, ev: Event, delegateTarget: HTMLElement) => unknown, options?: boolean | AddEventListenerOptions) {
    const wrapper: EventListener = (ev) => {
      const target = ev.target instanceof Element ? ev.target.closest<HTMLElement>(selector) : null;
      if (target && this.contains(target)) listener.call(this, ev, target);
    };
    wrappers.set(listener, wrapper);
    this.addEventListener(type, wrapper, options);
  } as HTMLElement["on"]);
  define(html, "off", function (this: HTMLElement, type: string, selector: string, listener: object, options?: boolean | AddEventListenerOptions) {
    void selector;
    const wrapper = wrappers.get(listener);
    if (wrapper) this.removeEventListener(type, wrapper, options);
  } as HTMLElement["off"]);
}

function installGlobals(): void {
  const globals: Record<string, unknown> = {
    createEl: <K extends keyof HTMLElementTagNameMap>(tag: K, o?: DomElementInfo | string, cb?: (el: HTMLElementTagNameMap[K]) => void) => {
      const el = makeEl(document, tag, o, typeof o === "string" ? undefined : o?.parent);
      cb?.(el);
      return el;
    },
    createDiv: (o?: DomElementInfo | string, cb?: (el: HTMLDivElement) => void) => {
      const el = makeEl(document, "div", o, typeof o === "string" ? undefined : o?.parent);
      cb?.(el);
      return el;
    },
    createSpan: (o?: DomElementInfo | string, cb?: (el: HTMLSpanElement) => void) => {
      const el = makeEl(document, "span", o, typeof o === "string" ? undefined : o?.parent);
      cb?.(el);
      return el;
    },
    createSvg: <K extends keyof SVGElementTagNameMap>(tag: K, o?: SvgElementInfo | string, cb?: (el: SVGElementTagNameMap[K]) => void) => {
      const el = makeSvg(document, tag, o, typeof o === "string" ? undefined : o?.parent);
      cb?.(el);
      return el;
    },
    createFragment: (cb?: (el: DocumentFragment) => void) => {
      const fragment = new DocumentFragment();
      cb?.(fragment);
      return fragment;
    },
    fish: (selector: string) => document.querySelector<HTMLElement>(selector),
    fishAll: (selector: string) => Array.from(document.querySelectorAll<HTMLElement>(selector)),
    isBoolean: (obj: unknown) => typeof obj === "boolean",
    sleep: (ms: number) => new Promise<void>((resolve) => window.setTimeout(resolve, ms)),
    nextFrame: () => new Promise<void>((resolve) => window.requestAnimationFrame(() => resolve())),
    ready: (fn: () => unknown) => {
      if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", () => fn(), { once: true });
      else fn();
    },
    activeWindow: window,
    activeDocument: document,
  };
  for (const [name, value] of Object.entries(globals)) {
    Object.defineProperty(window, name, { value, writable: true, configurable: true, enumerable: false });
  }
}

/** Installs Obsidian's DOM helpers on the current DOM. Safe to call more than once. */
export function installDomHelpers(): void {
  installNodeHelpers();
  installElementHelpers();
  installHtmlElementHelpers();
  installGlobals();
}
