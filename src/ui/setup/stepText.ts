import type { ProvisioningStep } from '../../data/provisioning/plan';
import type { SetupStrings } from '../strings/setup';

/** A step as a sentence a site owner understands: "Lägg till kolumnen Kortnamn i Organ". */
export function stepText(step: ProvisioningStep, t: SetupStrings): string {
  const changes = (step.changes ?? []).map((c) => t.change[c] ?? c).join(', ');
  return t.step[step.kind](step.subject, step.field ?? '', changes);
}
