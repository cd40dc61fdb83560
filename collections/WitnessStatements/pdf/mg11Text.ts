/** The fixed words of the MG11 form (England and Wales), as the form prints them. */
export const mg11Heading = 'WITNESS STATEMENT'
export const mg11Authority =
  '(Criminal Justice Act 1967, s.9; Magistrates’ Courts Act 1980, ss.5A(3)(a) and 5B; Criminal Procedure Rules 2020, r.16.2)'

/** With the page count when printed; without it (null) on the signing form, where pages are not known yet. */
export const mg11Declaration = (pages: number | null) =>
  `This statement (consisting of ${pages ?? 'the'} page(s) each signed by me) is true to the best of my knowledge and ` +
  'belief and I make it knowing that, if it is tendered in evidence, I shall be liable to prosecution if I have ' +
  'wilfully stated anything in it which I know to be false, or do not believe to be true.'
