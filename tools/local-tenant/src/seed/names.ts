/**
 * Name parts for fictional people. Combinations are drawn by a seeded generator; no person in
 * the seed is real. Norrbotten mixes Swedish, Finnish, Meänkieli and Sami family names.
 */
export const givenNames = [
  'Anna', 'Erik', 'Maria', 'Lars', 'Karin', 'Anders', 'Eva', 'Johan', 'Lena', 'Per', 'Kristina', 'Mikael',
  'Sara', 'Nils', 'Elin', 'Jonas', 'Ida', 'Fredrik', 'Maja', 'Henrik', 'Emma', 'Ola', 'Linnea', 'Mattias',
  'Ingrid', 'Göran', 'Helena', 'Stefan', 'Sofia', 'Peter', 'Hanna', 'Tomas', 'Agneta', 'Mats', 'Ulla', 'Niklas',
  'Åsa', 'Jörgen', 'Elsa', 'Pekka', 'Aino', 'Isak', 'Márjá', 'Ante', 'Siiri', 'Tuomas', 'Birgitta', 'Kent',
  'Malin', 'Rasmus', 'Therese', 'Viktor', 'Camilla', 'Oskar', 'Louise', 'Jesper', 'Britt', 'Hugo', 'Annika', 'Leif',
];

export const familyNames = [
  'Lindqvist', 'Nordström', 'Björk', 'Holmgren', 'Öberg', 'Sundberg', 'Lundmark', 'Nyström', 'Wikström', 'Boström',
  'Lantto', 'Keinänen', 'Pekkari', 'Niemi', 'Mäkitalo', 'Rova', 'Sarri', 'Kuoksu', 'Labba', 'Inga',
  'Granström', 'Engman', 'Forsberg', 'Hedlund', 'Isaksson', 'Jakobsson', 'Kero', 'Lidström', 'Marklund', 'Nilsson',
  'Palo', 'Rutberg', 'Sandström', 'Tapio', 'Uusitalo', 'Vikberg', 'Waara', 'Åström', 'Älvås', 'Ylinenpää',
  'Berglund', 'Dahlberg', 'Eriksson', 'Fjällström', 'Gustafsson', 'Hietala', 'Juhlin', 'Kallio', 'Lehto', 'Moberg',
];

/** `fornamn.efternamn` without diacritics, as unified addresses are formed. */
export function mailLocalPart(given: string, family: string): string {
  const plain = (s: string): string =>
    s
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[^a-z]/g, '');
  return `${plain(given)}.${plain(family)}`;
}
