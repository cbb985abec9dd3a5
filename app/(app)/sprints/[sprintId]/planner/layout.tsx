import { sectionLayout } from '@/lib/server/section-layout'
import { findPlannerSprint } from '@/lib/db/planner/reads'

// The board and the version comparison stream behind planner/loading.tsx: the sprint is looked up here,
// before that, so an unknown or another organisation's sprint answers 404 (decision 0043).
export default sectionLayout('plan:read', (actor, { sprintId }) => findPlannerSprint(actor.orgId, actor.role, sprintId))
