import { otherLoopback } from '../../../tools/local-tenant/src/authority/authority';

describe('the local sign-in page of a step-up, on the other loopback name', () => {
  // MSAL's popup takes any page of the app's origin for the answer: the sign-in page must be on another
  it('swaps localhost and 127.0.0.1 and keeps scheme and port', () => {
    expect(otherLoopback(new URL('https://localhost:8080/x/authorize'))).toBe('https://127.0.0.1:8080');
    expect(otherLoopback(new URL('https://127.0.0.1:8080/x'))).toBe('https://localhost:8080');
    expect(otherLoopback(new URL('http://localhost/x'))).toBe('http://127.0.0.1');
  });
  it('stays on this origin for any other host', () => {
    expect(otherLoopback(new URL('https://portal.example:8443/x'))).toBe('');
  });
});
