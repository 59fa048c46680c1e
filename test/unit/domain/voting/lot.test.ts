import { createHash } from 'crypto';
import { acceptDraw, candidatesText, drawLot, newLotSeed } from '../../../../src/domain/voting/lot';

const seedOf = (i: number) => createHash('sha256').update(`seed ${i}`).digest('hex');
const SEED = seedOf(0);
const TWO_64 = BigInt(2) ** BigInt(64);

describe('the seed', () => {
  it('is 32 random bytes as lowercase hex', () => {
    const bytes = Uint8Array.from({ length: 32 }, (_, i) => 255 - i);
    expect(newLotSeed(bytes)).toBe(Buffer.from(bytes).toString('hex'));
    expect(newLotSeed(bytes)).toMatch(/^[0-9a-f]{64}$/);
  });

  it.each([[0], [16], [33]])('refuses %i bytes', (n) => {
    expect(() => newLotSeed(new Uint8Array(n))).toThrow(RangeError);
  });
});

describe('a draw', () => {
  it('can be repeated by hand from the seed and the candidates', () => {
    const d = drawLot(SEED, [104, 102]);
    const digest = createHash('sha256').update(`lot|${SEED}|102,104|0`).digest();
    const x = digest.readBigUInt64BE(0);
    expect(d.proof).toBe(digest.toString('hex'));
    expect(d.counter).toBe(0);
    expect(d.winner).toBe([102, 104][Number(x % BigInt(2))]);
    expect(d.winnerIndex).toBe([104, 102].indexOf(d.winner));
  });

  it('gives the same winner for the same seed and candidates in any order', () => {
    for (let i = 0; i < 50; i++) {
      const a = drawLot(seedOf(i), ['Anna', 'Bertil', 'Cecilia']);
      const b = drawLot(seedOf(i), ['Cecilia', 'Anna', 'Bertil']);
      expect(b.winner).toBe(a.winner);
      expect(b.proof).toBe(a.proof);
      expect(['Cecilia', 'Anna', 'Bertil'][b.winnerIndex]).toBe(b.winner);
    }
  });

  it('sorts numbers numerically and text by code unit, never by locale', () => {
    expect(candidatesText([10, 9, 100])).toBe('9,10,100');
    expect(candidatesText(['Örjan', 'Zäta', 'Åsa', 'anna', 'Bo'])).toBe('Bo,Zäta,anna,Åsa,Örjan');
  });

  it('with one candidate, draws that one', () => {
    expect(drawLot(SEED, ['Yes'])).toMatchObject({ winnerIndex: 0, winner: 'Yes', counter: 0 });
  });

  it('is fair: two candidates each win 40–60 % of 2 000 seeds, three each 25–42 %', () => {
    const wins = new Map<string, number>();
    for (let i = 0; i < 2000; i++) {
      const w = drawLot(seedOf(i), ['Yes', 'No']).winner;
      wins.set(w, (wins.get(w) ?? 0) + 1);
    }
    expect(wins.get('Yes')! / 2000).toBeGreaterThan(0.4);
    expect(wins.get('No')! / 2000).toBeGreaterThan(0.4);
    expect(wins.get('Yes')! + wins.get('No')!).toBe(2000);
    const three = [0, 0, 0];
    for (let i = 0; i < 2000; i++) three[drawLot(seedOf(i), [1, 2, 3]).winnerIndex]++;
    for (const n of three) expect(n / 2000).toBeGreaterThan(0.25);
    for (const n of three) expect(n / 2000).toBeLessThan(0.42);
  });

  it.each<[string, string, (string | number)[]]>([
    ['a seed that is not 64 lowercase hex digits', SEED.toUpperCase(), [1, 2]],
    ['a short seed', 'abc', [1, 2]],
    ['no candidates', SEED, []],
    ['the same candidate twice', SEED, ['Anna', 'Anna']],
    ['mixed numbers and text', SEED, [1, 'Anna']],
    ['a candidate with a comma', SEED, ['Anna, Bo', 'Cecilia']],
    ['an empty candidate', SEED, ['', 'Cecilia']],
    ['a fractional number', SEED, [1.5, 2]],
  ])('refuses %s', (_what, seed, candidates) => {
    expect(() => drawLot(seed, candidates)).toThrow(RangeError);
  });
});

describe('rejection sampling keeps the draw free of modulo bias', () => {
  // 2^64 mod 3 = 1: the single value 2^64 − 1 would favour candidate 0, so it is drawn again
  it.each<[bigint, number, number | null]>([
    [BigInt(0), 3, 0],
    [BigInt(5), 3, 2],
    [TWO_64 - BigInt(2), 3, Number((TWO_64 - BigInt(2)) % BigInt(3))],
    [TWO_64 - BigInt(1), 3, null],
    [TWO_64 - BigInt(1), 2, 1],
    [TWO_64 - BigInt(1), 1, 0],
    // 2^64 mod 10 = 6: the top six values are rejected
    [TWO_64 - BigInt(7), 10, Number((TWO_64 - BigInt(7)) % BigInt(10))],
    [TWO_64 - BigInt(6), 10, null],
  ])('x = %p among %i → %p', (x, n, index) => {
    expect(acceptDraw(x, n)).toBe(index);
  });

  it('accepts exactly a multiple of n values, so each index is equally likely', () => {
    for (const n of [2, 3, 5, 7, 10, 71]) {
      const count = BigInt(n);
      let lo = BigInt(0);
      let hi = TWO_64;
      // the first rejected value, by bisection
      while (lo < hi) {
        const mid = (lo + hi) / BigInt(2);
        if (acceptDraw(mid, n) === null) hi = mid;
        else lo = mid + BigInt(1);
      }
      expect(lo % count).toBe(BigInt(0));
      expect(TWO_64 - lo).toBe(TWO_64 % count);
    }
  });
});
