import { DataError, type IdentityCheck } from '../../data/services';
import { signInErrorCode } from './refusal';
import { SignInRedirect, type SignInSession } from './session';

/** MSAL's codes for a prompt the person closed or dismissed. */
const CANCELLED = new Set(['user_cancelled', 'access_denied']);

/**
 * The standalone host's second-factor confirmation (MSAL step-up with the authentication context):
 * a closed prompt and a refusal become the minutes' codes, so the signing view says what happened
 * beside the button. A redirect (popups blocked) leaves the page; nothing is signed before it.
 */
export function sessionIdentityCheck(session: Pick<SignInSession, 'stepUp'>): IdentityCheck {
  return {
    async reconfirm() {
      try {
        await session.stepUp();
      } catch (e) {
        if (e instanceof SignInRedirect) throw e;
        const code = signInErrorCode(e);
        throw new DataError(
          'forbidden',
          `Step-up failed: ${code}`,
          undefined,
          CANCELLED.has(code) ? 'reconfirmCancelled' : 'reconfirmFailed',
        );
      }
    },
  };
}
