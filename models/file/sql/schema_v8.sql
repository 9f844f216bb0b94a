-- Branch Ledger file format 8 (step from format 4). Frozen once released: later formats add steps.
-- Themes (专题): a branch's content tags on activities, independent of their kinds. A built-in
-- theme has a stable code and a uuid derived from the branch's, an added one its own name.
CREATE TABLE "theme" ("id" INTEGER NOT NULL PRIMARY KEY, "uuid" VARCHAR(36) NOT NULL, "created_at" VARCHAR(255) NOT NULL, "updated_at" VARCHAR(255) NOT NULL, "rev" INTEGER NOT NULL, "deleted_at" VARCHAR(255), "branch_id" INTEGER NOT NULL, "code" VARCHAR(255) NOT NULL, "name" VARCHAR(255) NOT NULL, "position" INTEGER NOT NULL, "retired" INTEGER NOT NULL, FOREIGN KEY ("branch_id") REFERENCES "branch" ("id") ON DELETE CASCADE);
CREATE UNIQUE INDEX "theme_uuid" ON "theme" ("uuid");
CREATE INDEX "theme_branch_id" ON "theme" ("branch_id");
CREATE TABLE "activity_theme" ("id" INTEGER NOT NULL PRIMARY KEY, "uuid" VARCHAR(36) NOT NULL, "created_at" VARCHAR(255) NOT NULL, "updated_at" VARCHAR(255) NOT NULL, "rev" INTEGER NOT NULL, "deleted_at" VARCHAR(255), "activity_id" INTEGER NOT NULL, "theme_id" INTEGER NOT NULL, FOREIGN KEY ("activity_id") REFERENCES "activity" ("id") ON DELETE CASCADE, FOREIGN KEY ("theme_id") REFERENCES "theme" ("id") ON DELETE CASCADE);
CREATE UNIQUE INDEX "activity_theme_uuid" ON "activity_theme" ("uuid");
CREATE INDEX "activity_theme_activity_id" ON "activity_theme" ("activity_id");
CREATE INDEX "activity_theme_theme_id" ON "activity_theme" ("theme_id");
CREATE UNIQUE INDEX "activity_theme_activity_id_theme_id" ON "activity_theme" ("activity_id", "theme_id");
