/**
 * Words a wrapped line ends on when its sentence goes on to the next line (`… samarbeid med` / `Jærrådet`):
 * prepositions and conjunctions, bokmål and nynorsk in the same list. A line ending on one of them, on a
 * comma or on a dash is never the end of an item. Read off wrapped lines of the development corpus.
 */
export const openEndWords = [
  'og', 'i', 'for', 'på', 'av', 'til', 'med', 'fra', 'frå', 'om', 'ved', 'mot', 'etter', 'under', 'mellom', 'innen', 'innan',
  'eller', 'som', 'at', 'der', 'det', 'den', 'de', 'dei', 'en', 'ein', 'et', 'eit',
] as const;
