#!/bin/sh
echo "Prisma's native schema engine is not available here; use 'npm run db:migrate' (scripts/migrate.mjs)." >&2
exit 1
