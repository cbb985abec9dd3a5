-- CreateTable
CREATE TABLE "WorkTypeExample" (
    "id" TEXT NOT NULL,
    "organizationId" TEXT NOT NULL,
    "workItemId" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "description" TEXT NOT NULL DEFAULT '',
    "type" "WorkType" NOT NULL,
    "weight" DOUBLE PRECISION NOT NULL,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "WorkTypeExample_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "WorkTypeExample_workItemId_key" ON "WorkTypeExample"("workItemId");

-- CreateIndex
CREATE INDEX "WorkTypeExample_organizationId_updatedAt_idx" ON "WorkTypeExample"("organizationId", "updatedAt");

-- AddForeignKey
ALTER TABLE "WorkTypeExample" ADD CONSTRAINT "WorkTypeExample_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "WorkTypeExample" ADD CONSTRAINT "WorkTypeExample_workItemId_fkey" FOREIGN KEY ("workItemId") REFERENCES "WorkItem"("id") ON DELETE CASCADE ON UPDATE CASCADE;
