import { toDataError } from './errors';

/**
 * A repository that loads as a chunk of its own on its first call, so a page that only names the
 * feature carries none of it until a view asks: every method waits for the chunk and calls its
 * namesake. A chunk that failed to load is tried again on the next call, reported as a DataError.
 */
export function lazyRepository<R extends object>(load: () => Promise<R>): R {
  let loaded: Promise<R> | undefined;
  const repo = (): Promise<R> => {
    loaded ??= load();
    return loaded.catch(async (e: unknown) => {
      loaded = undefined;
      throw await toDataError(e);
    });
  };
  return new Proxy({} as R, {
    get: (_, name) =>
      // not a thenable, and no symbols: only the repository's own methods
      typeof name !== 'string' || name === 'then'
        ? undefined
        : async (...args: unknown[]) => ((await repo())[name as keyof R] as (...a: unknown[]) => Promise<unknown>)(...args),
  });
}
