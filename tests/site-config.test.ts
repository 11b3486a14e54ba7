import { describe, expect, test } from 'vitest';
import { resolveSiteConfig, SiteConfigError, NLOD_2 } from '../src/lib/site-config.ts';
import { normaliseBasePath, withBase, withoutBase } from '../src/lib/urls.ts';
import { periodNote, buildYear } from '../src/lib/document-status.ts';
import { countNb } from '../src/lib/plural.ts';

const complete = { owner: 'Regionrådet for Hallingdal', contactEmail: 'post@hallingdal.no', feedback: 'https://hallingdal.no/skjema', siteUrl: 'https://plan.hallingdal.no' };
const resolve = (raw: unknown, production = false, env: Record<string, string> = {}) => resolveSiteConfig(raw, { file: 'planvev.config.yaml', env, production });

describe('the site configuration', () => {
  test('a production build without owner and contact stops with a message naming each missing field', () => {
    expect(() => resolve({ siteUrl: 'https://x.no' }, true)).toThrow(SiteConfigError);
    expect(() => resolve({ siteUrl: 'https://x.no' }, true)).toThrow(/planvev\.config\.yaml: et produksjonsbygg trenger «owner», «contactEmail», «feedback»/);
    expect(() => resolve({ ...complete, contactEmail: undefined }, true)).toThrow(/«contactEmail»/);
  });
  test('a local build fills missing fields with marked placeholders and lists them', () => {
    const c = resolve({});
    expect(c.placeholders).toEqual(['owner', 'contactEmail', 'feedback', 'siteUrl']);
    expect(c.owner).toBe('[mangler: owner i planvev.config.yaml]');
  });
  test('a complete configuration passes in production, with NLOD 2.0 as the default licence', () => {
    const c = resolve(complete, true);
    expect(c.placeholders).toEqual([]);
    expect(c.dataLicence).toEqual(NLOD_2);
    expect(c.basePath).toBe('/');
  });
  test('an e-mail as feedback address becomes a mailto link', () => {
    expect(resolve({ ...complete, feedback: 'uu@hallingdal.no' }).feedbackHref).toBe('mailto:uu@hallingdal.no');
  });
  test('PLANVEV_SITE and PLANVEV_BASE override the file', () => {
    const c = resolve(complete, false, { PLANVEV_SITE: 'https://eksempel.no/', PLANVEV_BASE: 'planvev' });
    expect(c.siteUrl).toBe('https://eksempel.no');
    expect(c.basePath).toBe('/planvev/');
  });
  test('an unknown field or a bad e-mail is an error naming the field', () => {
    expect(() => resolve({ ...complete, eier: 'x' })).toThrow(/planvev\.config\.yaml: ugyldig konfigurasjon/);
    expect(() => resolve({ ...complete, contactEmail: 'ikke-epost' })).toThrow(/contactEmail/);
  });
});

describe('base path', () => {
  test('is normalised to start and end with a slash', () => {
    expect(normaliseBasePath('')).toBe('/');
    expect(normaliseBasePath('/')).toBe('/');
    expect(normaliseBasePath('planvev')).toBe('/planvev/');
    expect(normaliseBasePath('/a/b/')).toBe('/a/b/');
  });
  test('is put in front of root-relative paths and taken off again', () => {
    expect(withBase('/tema/ikt/', '/planvev/')).toBe('/planvev/tema/ikt/');
    expect(withBase('#anker', '/planvev/')).toBe('#anker');
    expect(withBase('/tema/', '/')).toBe('/tema/');
    expect(withoutBase('/planvev/tema/', '/planvev/')).toBe('/tema/');
  });
});

describe('document status', () => {
  test('a plan period that has ended says so; one that runs says it runs', () => {
    expect(periodNote({ from: 2014, to: 2024 }, 2026)).toEqual({ text: 'Planperioden 2014–2024 er over', over: true });
    expect(periodNote({ from: 2024, to: 2030 }, 2026)?.text).toBe('Planperioden 2024–2030 pågår');
    expect(periodNote({ from: 2027, to: 2030 }, 2026)?.text).toBe('Planperioden 2027–2030 har ikke begynt');
  });
  test('the build year follows SOURCE_DATE_EPOCH when it is set', () => {
    expect(buildYear({ SOURCE_DATE_EPOCH: '1420070400' })).toBe(2015);
  });
});

test('counts take the singular for one and the plural otherwise', () => {
  expect(countNb(1, 'dokument', 'dokumenter')).toBe('1 dokument');
  expect(countNb(2, 'dokument', 'dokumenter')).toBe('2 dokumenter');
  expect(countNb(0, 'dokument', 'dokumenter')).toBe('0 dokumenter');
});
