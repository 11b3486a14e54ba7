/**
 * The site configuration: who publishes the site, where it lives and under which licence the data is.
 * Read from `planvev.config.yaml` (or the file in PLANVEV_CONFIG); PLANVEV_SITE and PLANVEV_BASE
 * override the address and base path. A production build (PLANVEV_PRODUCTION=1, or
 * `npm run build -- --production`) stops with a message naming each missing field; a local build fills
 * them with placeholders that say what is missing, and lists them in `placeholders`.
 */
import { readFileSync, existsSync } from 'node:fs';
import path from 'node:path';
import { parse as parseYaml } from 'yaml';
import { z } from 'zod';
import { normaliseBasePath } from './urls.ts';

/** Norsk lisens for offentlige data 2.0, the default for Norwegian public data. */
export const NLOD_2 = { name: 'Norsk lisens for offentlige data (NLOD) 2.0', url: 'https://data.norge.no/nlod/no/2.0' };

export const siteConfigSchema = z
  .object({
    /** Name of the site. @example 'Planvev' */
    siteName: z.string().min(1).default('Planvev'),
    /** Organisation that owns and answers for the site. @example 'Regionrådet for Hallingdal' */
    owner: z.string().min(2).optional(),
    /** The owner's own web site. */
    ownerUrl: z.url().optional(),
    /** E-mail for questions about the site. */
    contactEmail: z.email('contactEmail må være en e-postadresse').optional(),
    /** Where readers report errors and accessibility problems: a form URL or an e-mail address. */
    feedback: z.union([z.url(), z.email()], { error: 'feedback må være en nettadresse eller en e-postadresse' }).optional(),
    /** Public address of the site, without the base path. @example 'https://www.hallingdal.no' */
    siteUrl: z.url().optional(),
    /** Path the site is served under. @example '/planvev/' */
    basePath: z.string().regex(/^\/([\w.~-]+\/?)*$/, 'basePath må begynne med / og bare ha bokstaver, tall, - og _').default('/'),
    /** Licence of the open data. */
    dataLicence: z.object({ name: z.string().min(2), url: z.url() }).default(NLOD_2),
    /** The organisation's published accessibility statement (uustatus.no), if any. */
    accessibilityStatementUrl: z.url().optional(),
  })
  .strict();

/** Fields a production build must have. */
export const REQUIRED_IN_PRODUCTION = ['owner', 'contactEmail', 'feedback', 'siteUrl'] as const;
type Required = (typeof REQUIRED_IN_PRODUCTION)[number];

/** The resolved configuration: every field filled, placeholders named. */
export interface SiteConfig {
  siteName: string;
  owner: string;
  ownerUrl?: string;
  contactEmail: string;
  /** Form URL or `mailto:` link. */
  feedbackHref: string;
  /** What the feedback link says: the address without `mailto:`. */
  feedbackLabel: string;
  /** `https://host` without a trailing slash. */
  siteUrl: string;
  /** Always starts and ends with `/`. @example '/planvev/' */
  basePath: string;
  dataLicence: { name: string; url: string };
  accessibilityStatementUrl?: string;
  /** Required fields that are missing and show placeholders (local builds only). */
  placeholders: Required[];
}

/** Text shown for a missing field in a local build. */
export const placeholderText = (field: string) => `[mangler: ${field} i planvev.config.yaml]`;

export interface LoadOptions {
  file?: string;
  env?: Record<string, string | undefined>;
  production?: boolean;
}

/** Thrown when the configuration is invalid or incomplete for production; the message names the file and fields. */
export class SiteConfigError extends Error {}

/** Resolves a parsed config (plus env overrides) into a SiteConfig; throws SiteConfigError for production gaps. */
export function resolveSiteConfig(raw: unknown, opts: { file: string; env: Record<string, string | undefined>; production: boolean }): SiteConfig {
  const parsed = siteConfigSchema.safeParse(raw ?? {});
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `${i.path.join('.') || '(rot)'}: ${i.message}`);
    throw new SiteConfigError(`${opts.file}: ugyldig konfigurasjon – ${problems.join('; ')}`);
  }
  const c = { ...parsed.data };
  if (opts.env.PLANVEV_SITE) c.siteUrl = opts.env.PLANVEV_SITE;
  if (opts.env.PLANVEV_BASE) c.basePath = opts.env.PLANVEV_BASE;
  const missing = REQUIRED_IN_PRODUCTION.filter((f) => !c[f]);
  if (opts.production && missing.length) {
    throw new SiteConfigError(`${opts.file}: et produksjonsbygg trenger ${missing.map((f) => `«${f}»`).join(', ')}. Fyll inn ${missing.length === 1 ? 'feltet' : 'feltene'} (se README: «Publisere»).`);
  }
  const feedback = c.feedback ?? c.contactEmail;
  const isMail = feedback !== undefined && !/^https?:/.test(feedback);
  return {
    siteName: c.siteName,
    owner: c.owner ?? placeholderText('owner'),
    ownerUrl: c.ownerUrl,
    contactEmail: c.contactEmail ?? placeholderText('contactEmail'),
    feedbackHref: feedback ? (isMail ? `mailto:${feedback}` : feedback) : '',
    feedbackLabel: feedback ?? placeholderText('feedback'),
    siteUrl: (c.siteUrl ?? 'http://localhost:4321').replace(/\/+$/, ''),
    basePath: normaliseBasePath(c.basePath),
    dataLicence: c.dataLicence,
    accessibilityStatementUrl: c.accessibilityStatementUrl,
    placeholders: missing,
  };
}

/** Whether this build is a production build. */
export function isProduction(env: Record<string, string | undefined> = process.env): boolean {
  return env.PLANVEV_PRODUCTION === '1' || env.PLANVEV_PRODUCTION === 'true';
}

/** Loads and resolves the configuration file. */
export function loadSiteConfig(opts: LoadOptions = {}): SiteConfig {
  const env = opts.env ?? process.env;
  const file = path.resolve(opts.file ?? env.PLANVEV_CONFIG ?? 'planvev.config.yaml');
  const rel = path.relative(process.cwd(), file) || file;
  let raw: unknown = {};
  if (existsSync(file)) {
    try {
      raw = parseYaml(readFileSync(file, 'utf8'));
    } catch (e) {
      throw new SiteConfigError(`${rel}: er ikke gyldig YAML: ${(e as Error).message.split('\n')[0]}`);
    }
  }
  return resolveSiteConfig(raw, { file: rel, env, production: opts.production ?? isProduction(env) });
}

let cached: SiteConfig | undefined;
/** The configuration of this build, loaded once. */
export function siteConfig(): SiteConfig {
  return (cached ??= loadSiteConfig());
}
