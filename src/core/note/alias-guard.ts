// YAML anchors and aliases (`&s` / `*s`) reach the core as shared JavaScript values: both
// parsers (js-yaml in Obsidian's metadata cache, the `yaml` package in the command-line
// tool) hand an alias the very object its anchor made. An alias inside the value it names
// makes a loop, and ten anchors of ten aliases each are a few hundred bytes that read as
// 10^10 values to anything that walks them as a tree. Every reader of properties walks
// values (a status list's first entry, a template's text, a live mark), so the properties
// are checked once where the core receives them and refused in both shapes; a value merely
// shared a few times (real notes use `&a` / `*a`) passes unchanged.

/** How many values aliases may add beyond the values written out (real frontmatter adds a handful). */
export const MAX_ALIAS_VALUES = 10_000;

export interface AliasProblem {
  /** Why, as a sentence start: "The properties refer to themselves (a YAML alias loop)". */
  reason: string;
  /** The top-level property where it was found, or null when the whole block is the problem. */
  key: string | null;
}

const LOOP = "The properties refer to themselves (a YAML alias loop)";
/** Built when a bomb is met, not at load: the number's formatting is the process's first Intl call, 30–70 ms. */
function bombReason(): string {
  return `The properties repeat aliased values more than ${MAX_ALIAS_VALUES.toLocaleString("en-US")} times (a YAML "alias bomb")`;
}

/** Marks an object met but not yet fully sized: meeting it again from inside is a loop. */
const OPEN = -1;

function isCollection(value: unknown): value is object {
  return typeof value === "object" && value !== null;
}

/**
 * Why these parsed properties cannot be read, or null when they are a tree of modest size
 * (sharing allowed). Linear in the values written out: each object's children are listed
 * once, and an object met again adds its known size instead of being walked again.
 */
export function aliasProblem(root: unknown): AliasProblem | null {
  if (!isCollection(root)) return null;
  const sizes = new Map<object, number>();
  const extra = { count: 0 };
  if (Array.isArray(root)) {
    const reason = sizeOf(root, sizes, extra);
    return reason === null ? null : { reason, key: null };
  }
  // The mapping itself is open while its keys are sized: an alias back to it is a loop.
  sizes.set(root, OPEN);
  for (const key of Object.keys(root)) {
    const value = (root as Record<string, unknown>)[key];
    const reason = isCollection(value) ? sizeOf(value, sizes, extra) : null;
    if (reason !== null) return { reason, key };
  }
  return null;
}

interface Frame {
  node: object;
  children: unknown[];
  next: number;
  /** Values a full tree copy of `node` would hold (itself included). */
  size: number;
}

/** Sizes `start` and all under it with an explicit stack: an alias chain can nest deeper than the text. */
function sizeOf(start: object, sizes: Map<object, number>, extra: { count: number }): string | null {
  if (sizes.has(start)) return metAgain(start, sizes, extra);
  const stack: Frame[] = [];
  const open = (node: object): void => {
    sizes.set(node, OPEN);
    stack.push({ node, children: Array.isArray(node) ? node : Object.values(node), next: 0, size: 1 });
  };
  open(start);
  while (stack.length > 0) {
    const top = stack[stack.length - 1];
    if (top === undefined) break;
    if (top.next === top.children.length) {
      stack.pop();
      sizes.set(top.node, top.size);
      const parent = stack[stack.length - 1];
      if (parent !== undefined) parent.size += top.size;
      continue;
    }
    const child = top.children[top.next++];
    if (!isCollection(child)) top.size++;
    else if (sizes.has(child)) {
      const reason = metAgain(child, sizes, extra);
      if (reason !== null) return reason;
      top.size += sizes.get(child) ?? 0;
    } else open(child);
  }
  return null;
}

/** An object reached a second time (through an alias): a loop while it is open, else its values count again. */
function metAgain(node: object, sizes: Map<object, number>, extra: { count: number }): string | null {
  const size = sizes.get(node) ?? OPEN;
  if (size === OPEN) return LOOP;
  extra.count += size;
  return extra.count > MAX_ALIAS_VALUES ? bombReason() : null;
}
