-- AlterTable
ALTER TABLE "Membership" ADD COLUMN     "deactivatedAt" TIMESTAMP(3),
ADD COLUMN     "familyName" TEXT,
ADD COLUMN     "givenName" TEXT,
ADD COLUMN     "scimDeletedAt" TIMESTAMP(3),
ADD COLUMN     "scimExternalId" TEXT;

-- AlterTable
ALTER TABLE "Team" ADD COLUMN     "scimExternalId" TEXT,
ADD COLUMN     "scimGroup" BOOLEAN NOT NULL DEFAULT false;

-- CreateTable
CREATE TABLE "ScimToken" (
    "id" TEXT NOT NULL,
    "organizationId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "prefix" TEXT NOT NULL,
    "secretHash" BYTEA NOT NULL,
    "createdById" TEXT,
    "revokedAt" TIMESTAMP(3),
    "lastUsedAt" TIMESTAMP(3),
    "lastUsedIp" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ScimToken_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "ScimToken_prefix_key" ON "ScimToken"("prefix");

-- CreateIndex
CREATE INDEX "ScimToken_organizationId_createdAt_idx" ON "ScimToken"("organizationId", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "Membership_organizationId_scimExternalId_key" ON "Membership"("organizationId", "scimExternalId");

-- CreateIndex
CREATE UNIQUE INDEX "Team_organizationId_scimExternalId_key" ON "Team"("organizationId", "scimExternalId");

-- AddForeignKey
ALTER TABLE "ScimToken" ADD CONSTRAINT "ScimToken_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;
