import * as React from 'react';
import { act, fireEvent, render, screen, within } from '@testing-library/react';
import '../support/fluent';
import { expectNoAxeViolations } from '../support/axe';
import { Mailbox } from '../../../src/ui/mail/Mailbox';
import { DataError } from '../../../src/data/services';
import type { MailboxResult } from '../../../src/data/graph/types';
import { graphServices } from './fakes';

const boxes = (): MailboxResult[] => [
  {
    mailbox: 'me',
    name: '',
    ok: true,
    unread: 2,
    total: 40,
    messages: [
      {
        id: 'a',
        subject: 'Kallelse till regionfullmäktige',
        fromName: 'Kansliet',
        fromAddress: 'k@x.se',
        received: '2026-11-24T07:00:00Z',
        importance: 'high',
        hasAttachments: true,
        isRead: false,
        webLink: 'https://outlook.office365.com/owa/?ItemID=a',
      },
      {
        id: 'b',
        subject: 'Utbildning',
        fromName: 'Kansliet',
        fromAddress: 'k@x.se',
        received: '2026-11-20T07:00:00Z',
        importance: 'normal',
        hasAttachments: false,
        isRead: true,
        webLink: 'javascript:alert(1)',
      },
    ],
  },
  { mailbox: 'presidiet@x.se', name: 'Presidiet', ok: false, error: new DataError('forbidden', 'Access is denied.', 403, 'accessDenied') },
  {
    mailbox: 'olicensierad@x.se',
    name: 'olicensierad@x.se',
    ok: false,
    error: new DataError('notFound', 'not enabled', 404, 'mailboxNotEnabled'),
  },
];

describe('Mailbox', () => {
  it('shows unread counts and messages, and each failing mailbox with its own message', async () => {
    const mailboxes = jest.fn().mockResolvedValue(boxes());
    const { container } = render(
      <Mailbox services={graphServices({ mail: { mailboxes } })} shared={['presidiet@x.se', 'olicensierad@x.se']} top={5} />,
    );
    const own = await screen.findByRole('region', { name: /Min inkorg/ });
    expect(mailboxes).toHaveBeenCalledWith(['presidiet@x.se', 'olicensierad@x.se'], 5);
    expect(within(own).getByText('2 olästa')).toBeTruthy();
    expect(within(own).getByRole('link', { name: 'Kallelse till regionfullmäktige (öppnas i Outlook)' }).getAttribute('href')).toMatch(
      /^https:/,
    );
    expect(within(own).getByText(/Hög prioritet · Har bifogade filer/)).toBeTruthy();
    // A link that is not a web address is never made clickable.
    expect(within(own).queryByRole('link', { name: /Utbildning/ })).toBeNull();
    expect(within(own).getByText('Visar de 2 senaste av 40.')).toBeTruthy();
    expect(await screen.findByText(/Du har inte behörighet till brevlådan Presidiet/)).toBeTruthy();
    expect(await screen.findByText(/saknar licens/)).toBeTruthy();
    await expectNoAxeViolations(container);
  });

  it('marks a message as read and lowers the count', async () => {
    const markRead = jest.fn().mockResolvedValue(undefined);
    render(
      <Mailbox services={graphServices({ mail: { mailboxes: jest.fn().mockResolvedValue(boxes()), markRead } })} shared={[]} top={5} />,
    );
    const button = await screen.findByRole('button', { name: 'Markera som läst: Kallelse till regionfullmäktige' });
    await act(async () => {
      fireEvent.click(button);
    });
    expect(markRead).toHaveBeenCalledWith('me', 'a');
    expect(screen.getByText('1 oläst')).toBeTruthy();
    expect(screen.queryByRole('button', { name: /Markera/ })).toBeNull();
  });

  it('says what went wrong when no mailbox could be read at all', async () => {
    render(
      <Mailbox
        services={graphServices({ mail: { mailboxes: jest.fn().mockRejectedValue(new DataError('network', 'offline')) } })}
        shared={[]}
        top={5}
      />,
    );
    expect(await screen.findByRole('button', { name: 'Försök igen' })).toBeTruthy();
  });
});
