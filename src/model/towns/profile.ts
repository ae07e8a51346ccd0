/** Everything a town's page shows: status, timeline, agreements, members and groups, campaigns, events, articles. */
import { articlesMentioning, campaignsOfTowns, eventsOfTowns } from '../related.ts';
import type { Store } from '../store.ts';
import { townStatus } from './status.ts';
import { timelineOf } from './timeline.ts';
import { agreementsOfTown, viewTown, type TownView } from './views.ts';

export function townProfile(s: Store, view: TownView) {
  const ids = [view.id, ...view.groups.map((g) => g.id)];
  return {
    view,
    status: townStatus(s, view),
    timeline: timelineOf(s, view),
    agreements: agreementsOfTown(s, view),
    members: view.members.map((m) => viewTown(s, m)),
    groups: view.groups.map((g) => viewTown(s, g)),
    campaigns: campaignsOfTowns(s, ids),
    events: eventsOfTowns(s, ids),
    articles: articlesMentioning(s, 'towns', view.id),
  };
}
