import { sectionLayout } from '@/lib/auth/section-layout'
import { getSprintHeader } from '@/lib/db/planner-input'

// The board and the version comparison stream behind planner/loading.tsx: the sprint is looked up here,
// before that, so an unknown or another organisation's sprint answers 404.
export default sectionLayout('plan:read', (actor, { sprintId }) => getSprintHeader(actor.orgId, sprintId))
