import { utf8ToBytes } from '@noble/hashes/utils';
import { documentSha256, sameDigest } from '../../../../src/domain/minutes/hash';

describe('the document fingerprint', () => {
  it('is the SHA-256 of the exact bytes, in lowercase hex (FIPS 180-2 test vectors)', () => {
    expect(documentSha256(utf8ToBytes('abc'))).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
    expect(documentSha256(new Uint8Array(0))).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
  });

  it('changes with a single byte', () => {
    expect(documentSha256(utf8ToBytes('§ 5 Beslut'))).not.toBe(documentSha256(utf8ToBytes('§ 5 Beslut ')));
  });
});

describe('comparing digests', () => {
  const d = documentSha256(utf8ToBytes('abc'));
  it('the same digest in either case matches', () => {
    expect(sameDigest(d, d.toUpperCase())).toBe(true);
  });
  it('another digest, a shortened one or no digest does not', () => {
    expect(sameDigest(d, documentSha256(utf8ToBytes('abd')))).toBe(false);
    expect(sameDigest(d, d.slice(0, 63))).toBe(false);
    expect(sameDigest('', '')).toBe(false);
    expect(sameDigest(` ${d}`, d)).toBe(false);
  });
});
