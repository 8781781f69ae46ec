// Greedy one-to-one pairing, best score first: our corpus and the real corpora pair predictions with gold alike.

export function pairBest<P, G>(
  predicted: P[],
  gold: G[],
  score: (p: P, g: G) => number,
  threshold: number,
): [P, G][] {
  const candidates: { p: number; g: number; s: number }[] = [];
  predicted.forEach((p, i) => {
    gold.forEach((g, j) => {
      const s = score(p, g);
      if (s >= threshold) candidates.push({ p: i, g: j, s });
    });
  });
  candidates.sort((a, b) => b.s - a.s || a.g - b.g || a.p - b.p);
  const usedP = new Set<number>();
  const usedG = new Set<number>();
  const pairs: [P, G][] = [];
  for (const c of candidates) {
    if (usedP.has(c.p) || usedG.has(c.g)) continue;
    usedP.add(c.p);
    usedG.add(c.g);
    pairs.push([predicted[c.p] as P, gold[c.g] as G]);
  }
  return pairs;
}
