import { lazyRepository } from '../../../src/data/lazyRepository';
import { readEvery } from '../../../src/data/noticeBoard/readCache';
import { DataError } from '../../../src/data/services';

interface Repo {
  get(id: number): Promise<string>;
}

describe('a repository loaded on its first call (lazyRepository)', () => {
  it('loads once, calls the namesake with the arguments, and is not a thenable', async () => {
    const load = jest.fn(async (): Promise<Repo> => ({ get: async (id) => `item ${id}` }));
    const repo = lazyRepository(load);
    expect(load).not.toHaveBeenCalled();
    expect(await repo.get(3)).toBe('item 3');
    expect(await repo.get(4)).toBe('item 4');
    expect(load).toHaveBeenCalledTimes(1);
    // awaiting the facade itself must not call a "then" on the repository
    expect((repo as unknown as { then?: unknown }).then).toBeUndefined();
  });

  it('reports a failed chunk as a DataError and loads again on the next call', async () => {
    const load = jest
      .fn<Promise<Repo>, []>()
      .mockRejectedValueOnce(new TypeError('Failed to fetch dynamically imported module'))
      .mockResolvedValue({ get: async () => 'loaded' });
    const repo = lazyRepository(load);
    await expect(repo.get(1)).rejects.toBeInstanceOf(DataError);
    expect(await repo.get(1)).toBe('loaded');
    expect(load).toHaveBeenCalledTimes(2);
  });
});

describe("the public board's read, shared by the requests of a moment (readEvery)", () => {
  it('reads once within the window, again after it and on a new Swedish day, and never keeps a failure', async () => {
    let now = new Date('2026-12-02T10:00:00Z');
    const read = jest.fn(async (day: string) => `board of ${day}`);
    const board = readEvery(30_000, () => now, read);
    expect(await board()).toBe('board of 2026-12-02');
    now = new Date('2026-12-02T10:00:20Z');
    await board();
    expect(read).toHaveBeenCalledTimes(1);
    now = new Date('2026-12-02T10:00:31Z');
    await board();
    expect(read).toHaveBeenCalledTimes(2);
    // 23:00 UTC is already the next day in Stockholm
    now = new Date('2026-12-02T23:00:05Z');
    expect(await board()).toBe('board of 2026-12-03');

    read.mockRejectedValueOnce(new Error('throttled'));
    now = new Date('2026-12-03T08:00:00Z');
    await expect(board()).rejects.toThrow('throttled');
    expect(await board()).toBe('board of 2026-12-03');
  });

  it('reads on every request when the window is 0 (tests)', async () => {
    const read = jest.fn(async () => 1);
    const board = readEvery(0, () => new Date('2026-12-02T10:00:00Z'), read);
    await board();
    await board();
    expect(read).toHaveBeenCalledTimes(2);
  });
});
