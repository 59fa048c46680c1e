import { swedishDate } from '../../domain/time/swedishTime';

/**
 * One read serves every request for `ms` (and again on a new Swedish day, when notices go up and
 * come down); a failed read is not kept, so the next request tries again. `ms` 0 reads every time.
 */
export function readEvery<T>(ms: number, now: () => Date, read: (day: string) => Promise<T>): () => Promise<T> {
  let last: { at: number; day: string; read: Promise<T> } | null = null;
  return () => {
    const at = now();
    const day = swedishDate(at);
    if (last && last.day === day && at.getTime() - last.at < ms) return last.read;
    const current = { at: at.getTime(), day, read: read(day) };
    current.read.catch(() => {
      if (last === current) last = null;
    });
    last = current;
    return current.read;
  };
}
