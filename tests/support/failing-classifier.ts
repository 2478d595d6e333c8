// A way to make reading one note throw, for testing that one such note never stops the
// others. After the fixes no known input makes the reader throw, so the failure is
// injected: test files replace the classify module with the real one whose classifiers
// throw for notes whose path contains FAILING_NOTE, as a bug in the reader would.
//
//   vi.mock("../../src/core/vault/classify", async (importOriginal) =>
//     (await import("../support/failing-classifier")).failingFor(await importOriginal()));
import type * as Classify from "../../src/core/vault/classify";
import { lazyFrontmatter } from "./notes";

/** Part of the path of every note whose reading throws. */
export const FAILING_NOTE = "Unreadable";
export const FAILURE_MESSAGE = "fields[key].push is not a function";

export function failingFor(real: typeof Classify): typeof Classify {
  return {
    ...real,
    createClassifier: (...args: Parameters<typeof real.createClassifier>) => {
      const classifier = real.createClassifier(...args);
      return {
        ...classifier,
        classify: (path: string, text: string) => {
          if (path.includes(FAILING_NOTE)) throw new TypeError(FAILURE_MESSAGE);
          return classifier.classify(path, text, lazyFrontmatter(text));
        },
      };
    },
  };
}
