import type { DataError } from '../services';
/**
 * What provisioning would change, as data: the setup web part shows it, `apply` carries it out,
 * and the local tenant logs it on first start.
 */
export type StepKind =
  | 'createLevel'
  | 'updateLevel'
  | 'createGroup'
  | 'updateGroup'
  | 'grantSiteRole'
  | 'createList'
  | 'updateList'
  | 'createField'
  | 'updateField'
  | 'setListRoles';

export interface ProvisioningStep {
  /** Stable id, e.g. `field:Lists/Bodies:BodyCode`. */
  id: string;
  kind: StepKind;
  /** What the step is about: a list title, a group title or a permission level name. */
  subject: string;
  /** For field steps: the field's display name. */
  field?: string;
  /** For update steps: the properties that differ (`Indexed`, `EnforceUniqueValues`, `Title`…). */
  changes?: string[];
}

export interface ProvisioningPlan {
  steps: ProvisioningStep[];
  /** Counts of what exists and is current vs. what the schema wants. */
  summary: {
    lists: { expected: number; missing: number; outdated: number };
    fields: { expected: number; missing: number; outdated: number };
    levels: { expected: number; missing: number; outdated: number };
    groups: { expected: number; missing: number };
  };
}

export interface ProvisioningProgress {
  done: number;
  total: number;
  step: ProvisioningStep;
}

export interface ProvisioningResult {
  applied: ProvisioningStep[];
  /** Set when a step failed; the steps after it were not tried. */
  failed?: { step: ProvisioningStep; error: DataError };
}

export function isUpToDate(plan: ProvisioningPlan): boolean {
  return plan.steps.length === 0;
}
