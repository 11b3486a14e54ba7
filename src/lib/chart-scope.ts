/**
 * Which actions a derived chart counts: all of them, or those of one document, theme or region
 * (the props of the derived chart components).
 */
import type { SiteData } from './site-data.ts';
import { actionsInContext, type ActionInContext } from './site-views.ts';

/** A scope for derived charts; no field means the whole site. */
export interface ChartScope {
  documentId?: string;
  themeId?: string;
  regionId?: string;
}

/** The actions in a scope. @example actionsInScope(data, { themeId: 'ikt' }) */
export function actionsInScope(data: SiteData, scope: ChartScope): ActionInContext[] {
  return actionsInContext(data).filter(
    (a) =>
      (!scope.documentId || a.strategy.documentId === scope.documentId) &&
      (!scope.themeId || a.themes.includes(scope.themeId)) &&
      (!scope.regionId || a.regions.includes(scope.regionId)),
  );
}
