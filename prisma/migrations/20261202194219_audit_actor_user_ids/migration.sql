-- Data only, no schema change (so `npm run db:migrate:create` has nothing to generate).
--
-- Planner events (plan.plan, plan.replan, plan.what-if, plan.publish, plan.move, plan.lock, plan.pin
-- and their undos) named the manager's membership id as their actor, where every other event names
-- the user id: the audit log showed them as "Former member" and lost them when filtering by the
-- manager. Rewrite them to the membership's user. A membership deleted since has no user to name,
-- and the log rightly shows a former member for it.
UPDATE "AuditEvent" AS a
SET "actorId" = m."userId"
FROM "Membership" AS m
WHERE a."actorId" = m."id"
  AND a."organizationId" = m."organizationId"
  AND a."action" LIKE 'plan.%';

-- Target types are spelled one way, kebab-case like the actions (lib/db/audit.ts AUDIT_TARGET_TYPES).
UPDATE "AuditEvent" SET "targetType" = 'plan' WHERE "targetType" = 'Plan';
UPDATE "AuditEvent" SET "targetType" = 'work-item' WHERE "targetType" = 'WorkItem';
