-- CreateEnum
CREATE TYPE "TrackerKind" AS ENUM ('JIRA', 'LINEAR', 'GITHUB');

-- CreateTable
CREATE TABLE "TrackerConnection" (
    "id" TEXT NOT NULL,
    "organizationId" TEXT NOT NULL,
    "kind" "TrackerKind" NOT NULL,
    "name" TEXT NOT NULL,
    "baseUrl" TEXT NOT NULL,
    "scope" JSONB NOT NULL,
    "account" TEXT NOT NULL DEFAULT '',
    "credential" TEXT NOT NULL,
    "pointsToHours" DOUBLE PRECISION NOT NULL DEFAULT 4,
    "defaultHours" DOUBLE PRECISION NOT NULL DEFAULT 4,
    "writeBack" BOOLEAN NOT NULL DEFAULT false,
    "typeMapping" JSONB NOT NULL DEFAULT '[]',
    "lastSyncAt" TIMESTAMP(3),
    "lastSyncStatus" TEXT,
    "lastSyncMessage" TEXT,
    "lastSyncCounts" JSONB,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "TrackerConnection_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SyncedItem" (
    "id" TEXT NOT NULL,
    "organizationId" TEXT NOT NULL,
    "connectionId" TEXT NOT NULL,
    "workItemId" TEXT NOT NULL,
    "upstreamId" TEXT NOT NULL,
    "upstreamState" TEXT NOT NULL DEFAULT 'open',
    "synced" JSONB NOT NULL,
    "pending" JSONB,
    "flaggedAt" TIMESTAMP(3),
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "SyncedItem_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "TrackerConnection_organizationId_idx" ON "TrackerConnection"("organizationId");

-- CreateIndex
CREATE UNIQUE INDEX "SyncedItem_workItemId_key" ON "SyncedItem"("workItemId");

-- CreateIndex
CREATE INDEX "SyncedItem_organizationId_connectionId_idx" ON "SyncedItem"("organizationId", "connectionId");

-- AddForeignKey
ALTER TABLE "TrackerConnection" ADD CONSTRAINT "TrackerConnection_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SyncedItem" ADD CONSTRAINT "SyncedItem_connectionId_fkey" FOREIGN KEY ("connectionId") REFERENCES "TrackerConnection"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SyncedItem" ADD CONSTRAINT "SyncedItem_workItemId_fkey" FOREIGN KEY ("workItemId") REFERENCES "WorkItem"("id") ON DELETE CASCADE ON UPDATE CASCADE;
