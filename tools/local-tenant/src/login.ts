import type { DirectoryUser } from './directory';

/**
 * The sign-in page of the local tenant's authority: stands in for Entra ID's sign-in screen
 * (choosing a persona is a sign-in with that person's methods: two factors for all but the
 * persona without them). With `flow` it completes an authorize request (authority/); without,
 * it starts a browser session and returns to `returnUrl`.
 */
const personaLabels: Record<string, { sv: string; en: string }> = {
  member: { sv: 'Ledamot', en: 'Member' },
  substitute: { sv: 'Ersättare', en: 'Substitute' },
  clerk: { sv: 'Nämndsekreterare', en: 'Clerk' },
  chair: { sv: 'Ordförande i regionfullmäktige', en: 'Chair of the regional assembly' },
  owner: { sv: 'Webbplatsägare', en: 'Site owner' },
  payroll: { sv: 'Löneadministratör', en: 'Payroll' },
  nomfa: { sv: 'Konto utan tvåfaktorsinloggning (ska nekas)', en: 'Account without two-factor sign-in (must be refused)' },
};

export function personaLabel(persona: string | null): string {
  return (persona && personaLabels[persona]?.sv) || '';
}

/** HTML-escapes text for the tenant's own pages. */
export function esc(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] as string);
}

/** Only same-origin, path-absolute return URLs: never an open redirect. */
export function safeReturnUrl(raw: string | null): string {
  if (!raw || !raw.startsWith('/') || raw.startsWith('//') || raw.includes('\\')) return '/';
  return raw;
}

export function loginPage(personas: DirectoryUser[], o: { flow: string | null; returnUrl: string; stepUp: boolean }): string {
  const target = o.flow ? `flow=${encodeURIComponent(o.flow)}` : `returnUrl=${encodeURIComponent(o.returnUrl)}`;
  const rows = personas
    .map(
      (p) => `<li><a class="persona" href="/_local/login/complete?user=${encodeURIComponent(p.userPrincipalName)}&amp;${target}">
        <span class="name">${esc(p.displayName)}</span>
        <span class="role">${esc(personaLabel(p.persona))}</span>
        <span class="upn">${esc(p.userPrincipalName)}</span></a></li>`,
    )
    .join('\n');
  return `<!doctype html>
<html lang="sv">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${o.stepUp ? 'Bekräfta att det är du' : 'Logga in'} – lokal Microsoft 365-miljö</title>
<style>
  body { font-family: "Segoe UI", system-ui, sans-serif; margin: 0; background: #f3f2f1; color: #201f1e; }
  main { max-width: 40rem; margin: 3rem auto; background: #fff; padding: 2rem; border-radius: 4px; box-shadow: 0 1.6px 3.6px rgba(0,0,0,.13); }
  h1 { font-size: 1.5rem; margin-top: 0; }
  ul { list-style: none; padding: 0; }
  li { margin: .5rem 0; }
  a.persona { display: grid; grid-template-columns: 1fr auto; gap: .25rem 1rem; padding: .75rem 1rem; border: 1px solid #8a8886; border-radius: 2px; color: #201f1e; text-decoration: none; }
  a.persona:hover, a.persona:focus { border-color: #0f6cbd; outline: 2px solid #0f6cbd; outline-offset: 1px; }
  .name { font-weight: 600; }
  .role { color: #323130; }
  .upn { grid-column: 1 / -1; color: #605e5c; font-size: .875rem; }
  p.note { color: #323130; font-size: .875rem; }
</style>
</head>
<body>
<main>
${
  o.stepUp
    ? `<h1>Bekräfta att det är du</h1>
<p>Det du ska göra kräver en ny inloggning med två faktorer. Välj dig själv igen.</p>`
    : `<h1>Logga in</h1>
<p>Lokal Microsoft 365-miljö för Politikerportalen. Välj vem du vill logga in som. Alla personer är påhittade.</p>`
}
<ul>
${rows}
</ul>
<p class="note">I en riktig tenant sker inloggningen med Microsoft Entra ID och tvåfaktorsautentisering.</p>
</main>
</body>
</html>`;
}
