-- AlterTable
ALTER TABLE "User" ADD COLUMN     "reminderEmails" BOOLEAN NOT NULL DEFAULT true;
