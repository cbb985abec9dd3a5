-- CreateIndex
CREATE INDEX "WorkItem_organizationId_pinnedToId_idx" ON "WorkItem"("organizationId", "pinnedToId");

-- CreateIndex
CREATE INDEX "WorkItem_labels_idx" ON "WorkItem" USING GIN ("labels" array_ops);
