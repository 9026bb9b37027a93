// A seeded generator of numbers in [0, 1), so that the generated partnerships of the optimum tests
// (plan-optimum.mjs, brokerage-optimum.mjs) are the same on every run.
export function rng(seed) {
  let s = seed * 2654435761 % 4294967296 || 1;
  return () => ((s = (s * 1664525 + 1013904223) % 4294967296) / 4294967296);
}
