/**
 * Titles people hold in municipalities, county councils, regional councils and companies, as a list of
 * invitees or participants writes them before or after a name (`Ordfører Kari Nes, Lyngen kommune`,
 * `Kari Nes, dagleg leiar, Fjord Vekst AS`). Singular, indefinite, in lower case; bokmål and nynorsk in
 * the same list. From the titles municipal and county organisation charts use (kommunedirektør has
 * replaced rådmann in most municipalities since the 2018 kommunelov; both are in use), the regional
 * councils' member lists (ordfører, varaordfører, regionrådsleiar) and the agendas read so far.
 */
export const PERSON_ROLES = [
  // elected
  'ordfører', 'ordførar', 'varaordfører', 'varaordførar', 'fylkesordfører', 'fylkesordførar',
  'fylkesvaraordfører', 'fylkesvaraordførar', 'fylkesrådsleder', 'fylkesrådsleiar', 'fylkesråd',
  'regionrådsleder', 'regionrådsleiar', 'gruppeleder', 'gruppeleiar', 'kommunestyremedlem',
  // municipal and county administration
  'kommunedirektør', 'assisterende kommunedirektør', 'assisterande kommunedirektør', 'rådmann', 'assisterende rådmann',
  'assisterande rådmann', 'fylkesdirektør', 'fylkeskommunedirektør', 'kommunalsjef', 'kommunalleder', 'kommunalleiar',
  'næringssjef', 'plansjef', 'økonomisjef', 'samfunnsutvikler', 'samfunnsutviklar', 'næringsutvikler', 'næringsutviklar',
  'næringsrådgiver', 'næringsrådgjevar', 'seniorrådgiver', 'seniorrådgjevar', 'spesialrådgiver', 'spesialrådgjevar',
  'rådgiver', 'rådgjevar', 'regionkoordinator', 'daglig leder', 'dagleg leiar', 'sekretariatsleder', 'sekretariatsleiar',
  // boards, projects and companies
  'styreleder', 'styreleiar', 'nestleder', 'nestleiar', 'leder', 'leiar', 'prosjektleder', 'prosjektleiar',
  'administrerende direktør', 'administrerande direktør', 'direktør', 'sekretær', 'konsulent', 'observatør',
] as const;

/**
 * Roles a person has in a meeting or a workshop rather than an organisation (`Prosessleiar: Navn`,
 * `Referent`, `Medlemmer`, `Observatør`): used with PERSON_ROLES by the invitee and participant readers.
 */
export const MEETING_ROLES = [
  'prosessleder', 'prosessleiar', 'ordstyrer', 'ordstyrar', 'møteleder', 'møteleiar', 'referent', 'fasilitator',
  'medlem', 'varamedlem', 'vara', 'observatør', 'sekretariat',
] as const;

