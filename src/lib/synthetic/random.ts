// A small seeded random generator, so that synthetic data and benchmark queries are identical across runs
// (as flatbush's bench does). mulberry32: https://gist.github.com/tommyettinger/46a874533244883189143505d203312c

/** A function returning floats in [0, 1), the same sequence for the same seed. */
export function mulberry32(seed: number): () => number {
	let a = seed >>> 0;
	return () => {
		a = (a + 0x6d2b79f5) >>> 0;
		let t = a;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

/** One element, uniformly. */
export const pick = <T>(rnd: () => number, list: readonly T[]): T => list[Math.floor(rnd() * list.length)];

/** An index drawn with probability proportional to its weight. */
export function weighted(rnd: () => number, weights: readonly number[]): number {
	const total = weights.reduce((s, w) => s + w, 0);
	let x = rnd() * total;
	for (let i = 0; i < weights.length; i++) {
		x -= weights[i];
		if (x < 0) return i;
	}
	return weights.length - 1;
}
