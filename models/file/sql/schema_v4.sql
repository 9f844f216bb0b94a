-- Branch Ledger file format 4 (step from format 2). Frozen once released: later formats add steps.
-- A person's category (正式/预备/发展对象/积极分子/群众) as a dated history: the category is
-- `category` from `effective_on` on (NULL: since before the ledger's records begin).
CREATE TABLE "person_category" ("id" INTEGER NOT NULL PRIMARY KEY, "uuid" VARCHAR(36) NOT NULL, "created_at" VARCHAR(255) NOT NULL, "updated_at" VARCHAR(255) NOT NULL, "rev" INTEGER NOT NULL, "deleted_at" VARCHAR(255), "person_id" INTEGER NOT NULL, "category" VARCHAR(255) NOT NULL, "effective_on" DATE, "note" VARCHAR(255) NOT NULL, FOREIGN KEY ("person_id") REFERENCES "person" ("id") ON DELETE CASCADE);
CREATE UNIQUE INDEX "person_category_uuid" ON "person_category" ("uuid");
CREATE INDEX "person_category_person_id" ON "person_category" ("person_id");
CREATE INDEX IF NOT EXISTS person_category_person_date ON person_category (person_id, effective_on);
-- Durations kept exact, in whole minutes (rounded only for display): the activity's
-- (from its times unless overridden) and a person's own (NULL: the activity's).
ALTER TABLE "activity" ADD COLUMN "duration_min" INTEGER NOT NULL DEFAULT 0;
UPDATE "activity" SET "duration_min" = CAST(ROUND("hours" * 60) AS INTEGER);
ALTER TABLE "activity" DROP COLUMN "hours";
ALTER TABLE "attendance" ADD COLUMN "duration_min" INTEGER;
UPDATE "attendance" SET "duration_min" = CAST(ROUND("hours" * 60) AS INTEGER) WHERE "hours" IS NOT NULL;
ALTER TABLE "attendance" DROP COLUMN "hours";
-- 所属年度: a 组织生活会 / 民主评议党员 held in spring for the previous year names that year;
-- yearly rules count it there (NULL: the year of its date).
ALTER TABLE "activity" ADD COLUMN "belongs_to_year" INTEGER;
