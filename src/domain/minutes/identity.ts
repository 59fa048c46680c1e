/**
 * Swedish personal identity numbers (personnummer, and samordningsnummer with the day plus 60) in
 * free text: they must be removed before minutes are published (DOMAIN §8). A number counts when it
 * is a real date of birth and its last digit passes the Luhn check, so case numbers, phone numbers
 * and amounts are left alone; dates written as eight digits have no check digits and never match.
 */

// YYMMDD-XXXX, YYYYMMDD-XXXX, with a hyphen, an en dash (pasted from Word), a plus (100 years or older) or nothing
const CANDIDATE = /(?<![0-9A-Za-z])(\d{2})?(\d{2})(\d{2})(\d{2})[-–+]?(\d{4})(?![0-9A-Za-z])/g;

/** The Luhn check over the ten digits YYMMDDNNNC. */
function luhn(digits: string): boolean {
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let v = Number(digits[i]) * (i % 2 === 0 ? 2 : 1);
    if (v > 9) v -= 9;
    sum += v;
  }
  return sum % 10 === 0;
}

function plausible(century: string | undefined, month: string, day: string): boolean {
  if (century !== undefined && !['18', '19', '20'].includes(century)) return false;
  const m = Number(month);
  const d = Number(day);
  // a samordningsnummer is the day of birth plus 60
  const dayOfMonth = d > 60 ? d - 60 : d;
  return m >= 1 && m <= 12 && dayOfMonth >= 1 && dayOfMonth <= 31;
}

/** Whether the text is one identity number, with or without century and separator. */
export function isIdentityNumber(text: string): boolean {
  return maskIdentityNumbers(text.trim(), '\u0000') === '\u0000';
}

/** The text with every identity number replaced by `mask`. */
export function maskIdentityNumbers(text: string, mask: string): string {
  return text.replace(CANDIDATE, (match, century: string | undefined, yy: string, mm: string, dd: string, tail: string) =>
    plausible(century, mm, dd) && luhn(`${yy}${mm}${dd}${tail}`) ? mask : match,
  );
}
