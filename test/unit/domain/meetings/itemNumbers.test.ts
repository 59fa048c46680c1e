import { formatItemNumbers, parseItemNumbers } from '../../../../src/domain/meetings/itemNumbers';

describe('item numbers as clerks write them', () => {
  it.each([
    ['', null],
    ['3', [3]],
    ['3-5, 8', [3, 4, 5, 8]],
    ['8, 3–4', [3, 4, 8]],
    ['2,2', [2]],
  ])('%p → %p', (text, numbers) => {
    expect(parseItemNumbers(text)).toEqual({ ok: true, numbers });
  });
  it.each(['a', '5-3', '0', '3-'])('refuses %p', (text) => {
    expect(parseItemNumbers(text).ok).toBe(false);
  });
  it('formats ranges back', () => {
    expect(formatItemNumbers([8, 3, 4, 5])).toBe('3-5, 8');
    expect(formatItemNumbers(null)).toBe('');
  });
});
