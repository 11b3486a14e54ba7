/**
 * Verbs that open an action in Norwegian plans, in the infinitive (`Utvikle …`, `Kartleggje …`), bokmål and
 * nynorsk in one list. Gathered from the action tables of regional business-development plans (seeds, the
 * development corpus and the team's own documents from other regions): a capitalised line starting with one
 * of these in a flattened table is good evidence that a new row starts there.
 */
export const ACTION_VERBS: readonly string[] = [
  'utvikle', 'utvikla', 'vidareutvikle', 'videreutvikle', 'etablere', 'etablera', 'kartlegge', 'kartleggje', 'kartlegga',
  'styrke', 'styrkje', 'styrka', 'utrede', 'utgreie', 'greie', 'lage', 'laga', 'vurdere', 'vurdera', 'betre', 'bedre',
  'arrangere', 'arrangera', 'gjennomføre', 'gjennomføra', 'utarbeide', 'utarbeida', 'opprette', 'oppretta', 'sikre', 'sikra',
  'auke', 'øke', 'fremme', 'fremja', 'stimulere', 'stimulera', 'legge', 'leggje', 'bidra', 'bidrage', 'samle', 'samla',
  'tilrettelegge', 'leggje til rette', 'marknadsføre', 'markedsføre', 'rekruttere', 'rekruttera', 'bygge', 'byggje',
  'planlegge', 'planleggje', 'initiere', 'koordinere', 'samordne', 'følge', 'følgje', 'gi', 'gje', 'skape', 'skapa',
  'heve', 'forbedre', 'forenkle', 'forenkla', 'profilere', 'satse', 'satsa', 'innføre', 'innføra', 'starte', 'starta',
];

/** True when the word opens an action. @example isActionVerb('Kartleggje') // true */
export function isActionVerb(word: string): boolean {
  return ACTION_VERBS.includes(word.toLowerCase());
}
