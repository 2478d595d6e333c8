// Property tests run the same cases on every `npm test`, so CI never fails on a rare
// counterexample nobody has seen before: a failure reproduces on any machine. The cases
// still change when the code does (different shrinking, different arbitraries). Set
// FC_RANDOM=1 to explore with fresh seeds (`npm run fuzz` does), or FC_SEED=n to replay one.
import fc from "fast-check";

const random = process.env.FC_RANDOM === "1";
const seed = Number(process.env.FC_SEED ?? "20261206");
if (!random) fc.configureGlobal({ seed: Number.isFinite(seed) ? seed : 20261206 });
