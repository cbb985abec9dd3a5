-- DropIndex
DROP INDEX "WorkItem_organizationId_priority_idx";

-- CreateIndex
CREATE INDEX "WorkItem_organizationId_priority_id_idx" ON "WorkItem"("organizationId", "priority", "id");
