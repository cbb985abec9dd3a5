-- CreateTable
CREATE TABLE "PulsePeriodSeal" (
    "id" TEXT NOT NULL,
    "organizationId" TEXT NOT NULL,
    "period" TIMESTAMP(3) NOT NULL,
    "seal" JSONB NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "PulsePeriodSeal_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "PulsePeriodSeal_organizationId_period_key" ON "PulsePeriodSeal"("organizationId", "period");

-- AddForeignKey
ALTER TABLE "PulsePeriodSeal" ADD CONSTRAINT "PulsePeriodSeal_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;
