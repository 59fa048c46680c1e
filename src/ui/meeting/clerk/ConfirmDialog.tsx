import * as React from 'react';
import { PrimaryButton, DefaultButton } from '@fluentui/react/lib/Button';
import { Dialog, DialogFooter, DialogType } from '@fluentui/react/lib/Dialog';

export interface ConfirmDialogProps {
  hidden: boolean;
  title: string;
  text: string;
  confirmLabel: string;
  cancelLabel: string;
  onConfirm(): void;
  onDismiss(): void;
}

/** Asks before something that cannot be undone; Fluent's Dialog traps focus and restores it on close. */
export function ConfirmDialog({ hidden, title, text, confirmLabel, cancelLabel, onConfirm, onDismiss }: ConfirmDialogProps): JSX.Element {
  return (
    <Dialog
      hidden={hidden}
      onDismiss={onDismiss}
      dialogContentProps={{ type: DialogType.normal, title, subText: text, showCloseButton: false }}
      modalProps={{ isBlocking: true }}
    >
      <DialogFooter>
        <PrimaryButton text={confirmLabel} onClick={onConfirm} />
        <DefaultButton text={cancelLabel} onClick={onDismiss} />
      </DialogFooter>
    </Dialog>
  );
}
