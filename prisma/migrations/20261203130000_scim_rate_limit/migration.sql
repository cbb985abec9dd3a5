-- CreateTable
CREATE TABLE "ScimRateWindow" (
    "tokenId" TEXT NOT NULL,
    "windowStart" TIMESTAMP(3) NOT NULL,
    "count" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "ScimRateWindow_pkey" PRIMARY KEY ("tokenId","windowStart")
);

-- AddForeignKey
ALTER TABLE "ScimRateWindow" ADD CONSTRAINT "ScimRateWindow_tokenId_fkey" FOREIGN KEY ("tokenId") REFERENCES "ScimToken"("id") ON DELETE CASCADE ON UPDATE CASCADE;
