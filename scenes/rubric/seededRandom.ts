// A small seeded generator (mulberry32) for reproducible draws: synthetic attempts in tests and
// benchmarks, and parameter draws that must replay. Not for anything secret.

/** Returns a function giving numbers in [0, 1), the same sequence for the same seed. */
export function createSeededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let x = state;
    x = Math.imul(x ^ (x >>> 15), x | 1);
    x ^= x + Math.imul(x ^ (x >>> 7), x | 61);
    return ((x ^ (x >>> 14)) >>> 0) / 4294967296;
  };
}

/** Roughly normal noise (sum of four uniforms), mean 0 and the given standard deviation. */
export function createGaussianNoise(random: () => number): (standardDeviation: number) => number {
  // Four uniforms have variance 4/12; scaling by sqrt(3) makes it 1.
  return (standardDeviation) => (random() + random() + random() + random() - 2) * Math.sqrt(3) * standardDeviation;
}
