// The built-in extensions Obsidian adds at startup and obsidian.d.ts declares
// globally (Array#first/last/contains/remove/unique, Math.clamp,
// String#contains, Object.isEmpty...). Plugin code type-checks against them,
// so the host must provide them or such code would only fail at run time.

function define<T extends object, K extends keyof T>(target: T, name: K, value: T[K]): void {
  if (Object.prototype.hasOwnProperty.call(target, name)) return;
  Object.defineProperty(target, name, { value, writable: true, configurable: true, enumerable: false });
}

export function installJsExtensions(): void {
  const array = Array.prototype as unknown[];
  define(array, "first", function (this: unknown[]) {
    return this[0];
  });
  define(array, "last", function (this: unknown[]) {
    return this[this.length - 1];
  });
  define(array, "contains", function (this: unknown[], target: unknown) {
    return this.includes(target);
  });
  define(array, "remove", function (this: unknown[], target: unknown) {
    for (let index = this.indexOf(target); index >= 0; index = this.indexOf(target)) this.splice(index, 1);
  });
  define(array, "shuffle", function (this: unknown[]) {
    for (let i = this.length - 1; i > 0; i--) {
      const j = Math.floor(Math.random() * (i + 1));
      [this[i], this[j]] = [this[j], this[i]];
    }
    return this;
  });
  define(array, "unique", function (this: unknown[]) {
    return [...new Set(this)];
  });
  define(Array, "combine", <T>(arrays: T[][]): T[] => arrays.flat());
  define(Math, "clamp", (value: number, min: number, max: number) => Math.min(max, Math.max(min, value)));
  define(Math, "square", (value: number) => value * value);
  define(String.prototype, "contains", function (this: string, target: string) {
    return this.includes(target);
  });
  define(String.prototype, "format", function (this: string, ...args: string[]) {
    return this.replace(/\{(\d+)\}/g, (whole, index: string) => args[Number(index)] ?? whole);
  });
  define(String, "isString", (obj: unknown): obj is string => typeof obj === "string");
  define(Number, "isNumber", (obj: unknown): obj is number => typeof obj === "number");
  define(Object, "isEmpty", (object: Record<string, unknown>) => Object.keys(object).length === 0);
  define(Object, "each", <T>(object: { [key: string]: T }, callback: (value: T, key?: string) => boolean | void, context?: unknown): boolean => {
    for (const [key, value] of Object.entries(object)) if (callback.call(context, value, key) === false) return false;
    return true;
  });
}
