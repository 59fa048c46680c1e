/** Waits until `check` holds, polling every 50 ms; fails naming `what` after `ms` (the live clients follow the lists by polling). */
export async function until(what: string, check: () => boolean, ms = 10000): Promise<void> {
  const end = Date.now() + ms;
  while (!check()) {
    if (Date.now() > end) throw new Error(`Timed out waiting for: ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}
