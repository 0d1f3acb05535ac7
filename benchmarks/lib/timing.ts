/** Count, mean, median, 99th percentile, min and max of measured times (ms). */
export const stats = (times: number[]) => {
  const sorted = [...times].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.ceil(sorted.length * q) - 1)]!;
  return { n: sorted.length, mean: sorted.reduce((sum, t) => sum + t, 0) / sorted.length, p50: at(0.5), p99: at(0.99), min: sorted[0]!, max: sorted.at(-1)! };
};

/** Runs `task` `count` times one after another and times each call. */
export const time = async (count: number, task: () => Promise<unknown>) => {
  const times: number[] = [];
  for (let i = 0; i < count; i += 1) {
    const started = performance.now();
    await task();
    times.push(performance.now() - started);
  }
  return stats(times);
};
