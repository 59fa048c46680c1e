/**
 * What a site owner sets in the web parts' property panes, for the standalone host (which has
 * no property pane): the shared mailboxes the E-post view offers. A person sees the ones they
 * have access to; the others say so, without hiding the rest.
 */
export const SHARED_MAILBOXES: readonly string[] = ['kansliet@norrbotten.se', 'rf-presidiet@norrbotten.se'];
