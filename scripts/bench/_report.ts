/** Prints one benchmark figure with its goal: `name  value unit  (goal ≤ g unit, ratio r)`. */
export function report(name: string, value: number, unit: string, goal?: number): void {
  const v = value < 10 ? value.toFixed(3) : value.toFixed(1);
  const g = goal === undefined ? '' : `  (goal ≤ ${goal} ${unit}, ratio ${(value / goal).toFixed(2)}${value <= goal ? ' ok' : ' OVER'})`;
  console.log(`${name.padEnd(58)} ${v} ${unit}${g}`);
}

export function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

export function percentile(xs: number[], p: number): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)];
}
