import { createHash } from 'crypto';
import { electorateHash, electorateText, resultHash, resultText } from '../../../../src/domain/voting/hash';
import type { Ballot } from '../../../../src/domain/voting/types';
import { five, voter } from './builders';

// an independent implementation: what someone checking the minutes would run
const nodeSha = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');

const ballots: Ballot[] = [
  { id: 5, voteId: 7, authorId: 101, key: '7:101:r0000101', choice: 'Yes', created: '2026-12-09T10:00:10Z' },
  { id: 3, voteId: 7, authorId: 205, key: '7:205:r0000205', choice: 'Abstain', created: '2026-12-09T10:00:12Z' },
];

describe('the canonical electorate', () => {
  it('is one line per voter in seat order, personId|seatNumber|capacity|party', () => {
    const shuffled = [five[4], five[2], five[0], five[3], five[1]];
    expect(electorateText(shuffled)).toBe(
      ['101|1|Member|S', '102|2|Member|S', '103|3|Member|S', '104|4|Member|M', '205|5|ServingSubstitute|M'].join('\n'),
    );
  });

  it('orders seats numerically and, for the same seat, by person id', () => {
    expect(electorateText([voter(9, 10), voter(8, 2), voter(3, 2)])).toBe('3|2|Member|S\n8|2|Member|S\n9|10|Member|S');
  });

  it('hashes to lowercase SHA-256 hex that anyone can recompute', () => {
    expect(electorateHash([])).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
    expect(electorateHash([voter(101, 1), voter(205, 2, 'M', 'ServingSubstitute')])).toBe(
      '7374cf5f60855bd7940f483ed9746aea09a22bf32d05ac5452449dfd64044588',
    );
    expect(electorateHash(five)).toBe(nodeSha(electorateText(five)));
  });

  it('hashes non-ASCII party names as UTF-8', () => {
    const v = [voter(1, 1, 'Sjukvårdspartiet')];
    expect(electorateHash(v)).toBe(nodeSha('1|1|Member|Sjukvårdspartiet'));
  });

  it.each([
    ['the person', { ...five[0], personId: 100 }],
    ['the seat', { ...five[0], seatNumber: 6 }],
    ['the capacity', { ...five[0], capacity: 'ServingSubstitute' as const }],
    ['the party', { ...five[0], party: 'V' }],
  ])('changes when %s of a voter changes', (_what, changed) => {
    expect(electorateHash([changed, ...five.slice(1)])).not.toBe(electorateHash(five));
  });
});

describe('the result text', () => {
  it('is the vote, the electorate, a separator and the counted ballots by id', () => {
    const electorate = [voter(101, 1), voter(205, 2, 'M', 'ServingSubstitute')];
    expect(resultText(7, electorate, ballots)).toBe(
      'vote:7\n101|1|Member|S\n205|2|ServingSubstitute|M\n--\n3|205|Abstain|2026-12-09T10:00:12Z\n5|101|Yes|2026-12-09T10:00:10Z',
    );
    expect(resultHash(7, electorate, ballots)).toBe(nodeSha(resultText(7, electorate, ballots)));
    expect(resultHash(7, electorate, [...ballots].reverse())).toBe(resultHash(7, electorate, ballots));
  });

  it('has a line for nothing counted', () => {
    expect(resultText(7, [], [])).toBe('vote:7\n\n--\n');
  });

  it.each([
    ['the vote', 8, five, ballots],
    ['the electorate', 7, five.slice(1), ballots],
    ['a choice', 7, five, [{ ...ballots[0], choice: 'No' as const }, ballots[1]]],
    ['a server time', 7, five, [{ ...ballots[0], created: '2026-12-09T10:00:11Z' }, ballots[1]]],
    ['an author', 7, five, [{ ...ballots[0], authorId: 102 }, ballots[1]]],
    ['a ballot id', 7, five, [{ ...ballots[0], id: 6 }, ballots[1]]],
    ['the set counted', 7, five, ballots.slice(1)],
  ])('changes its hash when %s changes', (_what, voteId, electorate, counted) => {
    expect(resultHash(voteId, electorate, counted)).not.toBe(resultHash(7, five, ballots));
  });
});
