-- Branch Ledger file format 9 (step from format 8). Frozen once released: later formats add steps.
-- Campaign periods (专项活动, e.g. 第二批主题教育 2019-09-01…2020-01-31): a named date range,
-- both days included. `branch_id` is the branch that defined it (a school's own, carried by its
-- bundles). NULL: defined by the bureau in the district ledger, for every branch.
CREATE TABLE "campaign" ("id" INTEGER NOT NULL PRIMARY KEY, "uuid" VARCHAR(36) NOT NULL, "created_at" VARCHAR(255) NOT NULL, "updated_at" VARCHAR(255) NOT NULL, "rev" INTEGER NOT NULL, "deleted_at" VARCHAR(255), "branch_id" INTEGER, "name" VARCHAR(255) NOT NULL, "start_on" DATE NOT NULL, "end_on" DATE NOT NULL, "note" VARCHAR(255) NOT NULL, FOREIGN KEY ("branch_id") REFERENCES "branch" ("id") ON DELETE CASCADE);
CREATE UNIQUE INDEX "campaign_uuid" ON "campaign" ("uuid");
CREATE INDEX "campaign_branch_id" ON "campaign" ("branch_id");
