/**
 * Words of workshop notes (referat fra arbeidsverksted, samling, innspelsmøte), bokmål and nynorsk
 * entries in the same lists. Read off notes from Mjøsbyen, Hadeland, Kongsvinger, Glåmdal and
 * Setesdal, and the usual label variants of both written standards.
 */
import { MEETING_ROLES, PERSON_ROLES } from './roles.ts';

/** Words that open a group task: `Gruppeoppgave 1:`, `Oppgåve 2:`, `Oppgave: …` (the only one). */
export const taskLabels = ['Oppgave', 'Gruppeoppgave', 'Oppgåve', 'Gruppeoppgåve', 'Spørsmål', 'Tema for gruppearbeidet'] as const;

/**
 * Words that open a group's answer: `Gruppe 1:`, `Gruppe A`, `Gruppe Næringsliv`, nynorsk `Gruppa B`; groups
 * named after the table they sat at (`Bord 2`, `Bordgruppe 3`) or called teams (`Team 1`). Written with a capital:
 * the same words in running text (`ved bord 2`) are no label.
 */
export const groupLabels = ['Gruppe', 'Gruppa', 'Bord', 'Bordgruppe', 'Bordgruppa', 'Team'] as const;

/** Headings of the participant list. */
export const participantHeadings = ['Deltakere', 'Deltagere', 'Deltakarar', 'Deltakerliste', 'Deltakarliste', 'Til stede', 'Påmeldte', 'Påmelde', 'Oppmøtte'] as const;

/** Headings of the programme. */
export const programmeHeadings = ['Program', 'Programme', 'Programmet', 'Dagsorden for samlingen', 'Dagsorden', 'Program for dagen'] as const;

/** Markers before a speaker in a programme line: `Velkommen v. Navn`, `v/ Navn`, `ved Navn`. */
export const speakerMarkers = ['v.', 'v/', 'ved'] as const;

/**
 * Roles written before a name (`Prosessleder: Navn`, `v/ prosessleder Navn`) or after it (`Navn, ordfører i Åsnes`):
 * the titles and meeting roles of src/vocabulary/roles.ts, one list for invitees and participants.
 */
export const personRoles: readonly string[] = [...new Set([...PERSON_ROLES, ...MEETING_ROLES])];

/** Roles that stand as a label before a participant line: `Referent: Navn, Organisasjon`. */
export const roleLabels = ['Prosessleder', 'Prosessleiar', 'Ordstyrer', 'Ordstyrar', 'Møteleder', 'Møteleiar', 'Referent', 'Fasilitator'] as const;

/** Columns of a programme table: `Tid Tema Innleder`. */
export const programmeTableColumns = {
  time: ['Tid', 'Klokkeslett', 'Kl.', 'Kl'],
  topic: ['Tema', 'Innhold', 'Innhald', 'Program', 'Tittel', 'Aktivitet', 'Sak'],
  speaker: ['Innleder', 'Innleiar', 'Innledere', 'Innleiarar', 'Foredragsholder', 'Ansvarlig', 'Ansvarleg', 'Hvem', 'Kven', 'Ved'],
} as const;

/** Columns of a participant table: `Navn Organisasjon`. */
export const participantTableColumns = {
  name: ['Navn', 'Namn'],
  organisation: ['Organisasjon', 'Virksomhet', 'Verksemd', 'Representerer', 'Arbeidsgiver', 'Arbeidsgjevar', 'Kommune/organisasjon', 'Bedrift'],
} as const;

/** A speaker cell that names everyone rather than a person: `Alle`. */
export const everyoneWords = ['Alle', 'Alle deltakere', 'Alle deltakarar', 'Plenum'] as const;

/**
 * Words that make a name an organisation (legal forms and heads), used to cut a table row
 * `Navn Organisasjon` that has no separator. A small list of its own until the shared
 * organisation vocabulary lands.
 */
export const organisationWords = [
  'AS', 'SA', 'ASA', 'IKS', 'KF', 'SF', 'BA', 'NAV', 'NHO', 'LO', 'KS',
  'kommune', 'fylkeskommune', 'regionråd', 'regionrådet', 'Regionrådet', 'næringshage', 'Næringshage', 'næringsforening', 'Næringsforening',
  'Sparebank', 'sparebank', 'Hotell', 'hotell', 'Reiseliv', 'reiseliv', 'Innovasjon', 'Universitetet', 'Høgskolen', 'Høgskulen',
] as const;

/**
 * Common Norwegian given names, used only to tell a second given name (`Liv Kristine Haugen`) from a
 * surname when a participant row has no separator between name and organisation. From SSB's lists of
 * frequent given names; a name missing here only weakens that one cue.
 */
export const givenNames = [
  'Anne', 'Inger', 'Kari', 'Marit', 'Ingrid', 'Liv', 'Eva', 'Berit', 'Astrid', 'Bjørg', 'Hilde', 'Anna', 'Solveig', 'Marianne', 'Randi', 'Ida',
  'Nina', 'Maria', 'Elisabeth', 'Kristin', 'Bente', 'Heidi', 'Silje', 'Hanne', 'Gerd', 'Linda', 'Tone', 'Elin', 'Anita', 'Wenche', 'Camilla',
  'Grethe', 'Kristine', 'Toril', 'Torill', 'Mari', 'Marte', 'Guro', 'Siri', 'Ragnhild', 'Sigrid', 'Margit', 'Gunhild', 'Turid', 'Unni', 'Stine',
  'Jan', 'Per', 'Bjørn', 'Ole', 'Lars', 'Kjell', 'Knut', 'Arne', 'Svein', 'Hans', 'Geir', 'Tor', 'Terje', 'Odd', 'Thomas', 'Martin', 'Erik',
  'Rune', 'Trond', 'John', 'Jon', 'Tore', 'Anders', 'Morten', 'Olav', 'Harald', 'Einar', 'Rolf', 'Leif', 'Kristian', 'Kjetil', 'Ivar', 'Gunnar',
  'Eirik', 'Even', 'Halvor', 'Aslak', 'Torleiv', 'Gaute', 'Espen', 'Dag', 'Helge', 'Sverre', 'Steinar', 'Atle', 'Egil', 'Magne', 'Inge', 'Erling',
  'Eli', 'Tove', 'Ellen', 'Grete', 'Lise', 'Ann', 'Kirsten', 'Åse', 'Ruth', 'Ingeborg', 'Aud', 'Åshild', 'Torunn', 'Eivor', 'Vigdis', 'Oddbjørn',
] as const;
