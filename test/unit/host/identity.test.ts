import { sessionIdentityCheck } from '../../../src/host/signin/identity';
import { SignInRedirect } from '../../../src/host/signin/session';
import { DataError } from '../../../src/data/services';

const failing = (e: unknown) => sessionIdentityCheck({ stepUp: () => Promise.reject(e) });

describe('the standalone host’s second-factor confirmation before signing', () => {
  it('resolves once the step-up sign-in is done', async () => {
    const stepUp = jest.fn(async () => ({}) as never);
    await sessionIdentityCheck({ stepUp }).reconfirm();
    expect(stepUp).toHaveBeenCalledTimes(1);
  });

  it('says the person closed the prompt (MSAL user_cancelled) with the minutes’ code', async () => {
    const e = await failing({ errorCode: 'user_cancelled' })
      .reconfirm()
      .catch((x: unknown) => x);
    expect(e).toBeInstanceOf(DataError);
    expect((e as DataError).code).toBe('reconfirmCancelled');
  });

  it('turns a refusal by the authority into reconfirmFailed, never a signature', async () => {
    const e = await failing({ errorCode: 'invalid_grant', errorMessage: 'AADSTS50076: MFA required' })
      .reconfirm()
      .catch((x: unknown) => x);
    expect((e as DataError).code).toBe('reconfirmFailed');
  });

  it('lets a redirect (popups blocked) leave the page as it is', async () => {
    await expect(failing(new SignInRedirect()).reconfirm()).rejects.toBeInstanceOf(SignInRedirect);
  });
});
