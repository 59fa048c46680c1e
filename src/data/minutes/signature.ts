import type { SignatureEvent } from '../../domain/minutes/types';
import type { IdentityCheck } from '../services';
import type { MinutesRepository } from './types';

/** What the signer signs: a frozen version, by the bytes their screen was given. */
export interface SignatureRequest {
  minutesId: number;
  version: number;
  /** The bytes shown to the signer; their SHA-256 is what the signature binds. */
  shown: Uint8Array;
}

/**
 * The signature step of justering, behind one interface: the signing view calls `sign` and shows
 * what it returns, whatever stands behind it. The first method is the portal's own (a row in
 * `Signatures`, its author and time stamped by SharePoint, bound to the SHA-256 of the bytes shown,
 * DESIGN §4). A qualified e-signature (BankID or Freja at LoA3, PAdES with long-term validation)
 * would be a second method with the same shape: it sends the bytes to the signing service, waits
 * for the signer there, and stores the signed PDF and its row; the view and the state rule stay.
 */
export interface SignatureMethod {
  readonly kind: 'portalHash' | 'qualified';
  sign(request: SignatureRequest): Promise<SignatureEvent>;
}

/** The portal's own signature, after a fresh second factor where the host can ask for one. */
export function portalSignature(minutes: Pick<MinutesRepository, 'sign'>, identity: IdentityCheck | undefined): SignatureMethod {
  return {
    kind: 'portalHash',
    async sign({ minutesId, version, shown }) {
      await identity?.reconfirm();
      return minutes.sign(minutesId, version, shown);
    },
  };
}
