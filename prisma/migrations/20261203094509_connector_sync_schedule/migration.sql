-- AlterTable
ALTER TABLE "TrackerConnection" ADD COLUMN     "syncQueuedAt" TIMESTAMP(3),
ADD COLUMN     "syncSchedule" TEXT NOT NULL DEFAULT 'off',
ADD COLUMN     "syncStartedAt" TIMESTAMP(3);
