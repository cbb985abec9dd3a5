-- AlterTable: availability becomes dated. A saved row used to hold the sprint's hours, it now holds
-- hours per working day, and the capacity is derived from the sprint's working days. Every old row
-- keeps its figure exactly: its hours are spread over the sprint's Monday-to-Friday days (the only
-- working days before this migration, and no holidays existed), so hoursPerDay x days = hours. A
-- sprint without a weekday keeps the figure as a stated override, with the old note as its reason.
ALTER TABLE "Availability" ADD COLUMN "hoursPerDay" DOUBLE PRECISION,
ADD COLUMN     "overrideHours" DOUBLE PRECISION;

UPDATE "Availability" a
SET "hoursPerDay" = CASE WHEN w.days > 0 THEN a."hours" / w.days END,
    "overrideHours" = CASE WHEN w.days = 0 THEN a."hours" END
FROM "Sprint" s
CROSS JOIN LATERAL (
  SELECT count(*)::int AS days
  FROM generate_series(s."startDate", s."endDate", interval '1 day') AS d
  WHERE extract(isodow FROM d) BETWEEN 1 AND 5
) w
WHERE s.id = a."sprintId";

ALTER TABLE "Availability" DROP COLUMN "hours";

-- AlterTable
ALTER TABLE "Notification" ADD COLUMN     "href" TEXT;

-- AlterTable
ALTER TABLE "Organization" ADD COLUMN     "balanceCostShare" DOUBLE PRECISION NOT NULL DEFAULT 0.005,
ADD COLUMN     "workingDays" INTEGER[] DEFAULT ARRAY[1, 2, 3, 4, 5]::INTEGER[];

-- CreateTable
CREATE TABLE "Holiday" (
    "id" TEXT NOT NULL,
    "organizationId" TEXT NOT NULL,
    "date" DATE NOT NULL,
    "name" TEXT NOT NULL,

    CONSTRAINT "Holiday_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "TimeOff" (
    "id" TEXT NOT NULL,
    "organizationId" TEXT NOT NULL,
    "membershipId" TEXT NOT NULL,
    "startDate" DATE NOT NULL,
    "endDate" DATE NOT NULL,
    "reason" TEXT NOT NULL DEFAULT '',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "TimeOff_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PlanView" (
    "id" TEXT NOT NULL,
    "organizationId" TEXT NOT NULL,
    "membershipId" TEXT NOT NULL,
    "sprintId" TEXT NOT NULL,
    "planId" TEXT NOT NULL,
    "seenAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "PlanView_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Holiday_organizationId_date_key" ON "Holiday"("organizationId", "date");

-- CreateIndex
CREATE INDEX "TimeOff_organizationId_membershipId_startDate_idx" ON "TimeOff"("organizationId", "membershipId", "startDate");

-- CreateIndex
CREATE INDEX "PlanView_organizationId_idx" ON "PlanView"("organizationId");

-- CreateIndex
CREATE UNIQUE INDEX "PlanView_membershipId_sprintId_key" ON "PlanView"("membershipId", "sprintId");

-- AddForeignKey
ALTER TABLE "Holiday" ADD CONSTRAINT "Holiday_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TimeOff" ADD CONSTRAINT "TimeOff_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TimeOff" ADD CONSTRAINT "TimeOff_membershipId_fkey" FOREIGN KEY ("membershipId") REFERENCES "Membership"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PlanView" ADD CONSTRAINT "PlanView_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PlanView" ADD CONSTRAINT "PlanView_membershipId_fkey" FOREIGN KEY ("membershipId") REFERENCES "Membership"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PlanView" ADD CONSTRAINT "PlanView_sprintId_fkey" FOREIGN KEY ("sprintId") REFERENCES "Sprint"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PlanView" ADD CONSTRAINT "PlanView_planId_fkey" FOREIGN KEY ("planId") REFERENCES "Plan"("id") ON DELETE CASCADE ON UPDATE CASCADE;
