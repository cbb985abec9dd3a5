-- AlterTable
ALTER TABLE "Organization" ADD COLUMN     "readVersion" BIGINT NOT NULL DEFAULT 0;
