/**
 * Page data for an actor (`/aktorer/<id>/`): who it is, the actions it leads and the actions it joins.
 * A large actor leads hundreds of actions at national scale, so the page shows the first
 * `FIRST_ACTOR_ACTIONS` of each role and links to the whole list, paged at
 * `/aktorer/<id>/hovedansvar/` and `/aktorer/<id>/samarbeider/`. Pure functions of the site data.
 */
import type { SiteData } from '../site-data.ts';
import type { Actor } from '../../schemas/index.ts';
import { actionsInContext, byNumber, cleanName, type ActionInContext } from '../site-views.ts';
import { localId, urls } from '../urls.ts';
import { PAGE_SIZE } from '../paging.ts';

/** Actions of each role shown on the actor page itself before «Alle …»: one list page's worth. */
export const FIRST_ACTOR_ACTIONS = PAGE_SIZE;

/** The two roles an actor has in an action, as list slugs and headings. */
export const actorRoles = [
  { role: 'responsible', slug: 'hovedansvar', title: 'Har hovedansvar for', all: 'Alle tiltak med hovedansvar', empty: 'Har ikke hovedansvar for noe tiltak.' },
  { role: 'partner', slug: 'samarbeider', title: 'Samarbeidspartner i', all: 'Alle tiltak som samarbeidspartner', empty: 'Er ikke nevnt som samarbeidspartner.' },
] as const;
export type ActorRole = (typeof actorRoles)[number];

/** Actions sharing a strategy, in the order they stand in it. */
export type ActionGroup = ActionInContext[];

/** Every action by id with its place in site order, built once per build (each actor page asks for it). */
function actionById(data: SiteData): Map<string, { action: ActionInContext; order: number }> {
  let map = actionByIdCache.get(data);
  if (!map) actionByIdCache.set(data, (map = new Map(actionsInContext(data).map((a, order) => [a.action.id, { action: a, order }]))));
  return map;
}
const actionByIdCache = new WeakMap<SiteData, Map<string, { action: ActionInContext; order: number }>>();

/** The actions an actor has a role in, in document and strategy order (numbered within each strategy). */
export function actorActions(data: SiteData, actor: Actor, role: ActorRole['role']): ActionInContext[] {
  const all = actionById(data);
  const ids = new Set(actor.roles.filter((r) => r.role === role).map((r) => r.actionId));
  const found = [...ids].flatMap((id) => all.get(id) ?? []).sort((x, y) => x.order - y.order);
  return groupByStrategy(found.map((x) => x.action)).flat();
}

/** Groups actions by strategy, keeping the first-seen order of strategies and numbering inside each. */
export function groupByStrategy(list: ActionInContext[]): ActionGroup[] {
  const groups = new Map<string, ActionInContext[]>();
  for (const a of list) groups.set(a.strategy.id, [...(groups.get(a.strategy.id) ?? []), a]);
  return [...groups.values()].map((g) => g.sort((x, y) => byNumber(x.action.number, y.action.number)));
}

/** Everything the actor page shows. */
export function actorPage(data: SiteData, found: Actor) {
  const actor = { ...found, name: cleanName(found.name) };
  const sections = actorRoles.map((r) => {
    const actions = actorActions(data, found, r.role);
    return { ...r, id: r.slug, count: actions.length, groups: groupByStrategy(actions.slice(0, FIRST_ACTOR_ACTIONS)), more: actions.length > FIRST_ACTOR_ACTIONS ? `${urls.actor(localId(found.url!))}${r.slug}/` : undefined };
  });
  const all = actionById(data);
  const inOrder = found.roles.flatMap((r) => all.get(r.actionId) ?? []).sort((x, y) => x.order - y.order);
  const regionIds = [...new Set(inOrder.flatMap((x) => x.action.regions))];
  const otherNames = [...new Set(found.aliases.map(cleanName))].filter((n) => n !== actor.name && n !== actor.acronym);
  // name and acronym in the title and heading, so a search for `LRU` finds this page first
  const fullName = actor.acronym ? `${actor.name} (${actor.acronym})` : actor.name;
  return { actor, sections, regionIds, otherNames, fullName };
}
