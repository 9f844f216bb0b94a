-- Branch Ledger file format 7: the 发展党员 register. Frozen once released: later formats add steps.
-- One dated stage of member development per row. Every stage but the application (入党申请人)
-- writes the person's dated category (category_id → person_category), so the category on any day
-- follows from the stages. first/second person: the two 培养联系人 (积极分子) or 入党介绍人 (预备党员),
-- activity/vote: the 支部党员大会 and its vote (预备党员, 正式党员).
CREATE TABLE "development_stage" ("id" INTEGER NOT NULL PRIMARY KEY, "uuid" VARCHAR(36) NOT NULL, "created_at" VARCHAR(255) NOT NULL, "updated_at" VARCHAR(255) NOT NULL, "rev" INTEGER NOT NULL, "deleted_at" VARCHAR(255), "branch_id" INTEGER NOT NULL, "person_id" INTEGER NOT NULL, "stage" VARCHAR(255) NOT NULL, "date" DATE NOT NULL, "category_id" INTEGER, "first_person_id" INTEGER, "second_person_id" INTEGER, "vetted_on" DATE, "training_min" INTEGER, "approved_on" DATE, "activity_id" INTEGER, "vote_id" INTEGER, "note" TEXT NOT NULL, FOREIGN KEY ("branch_id") REFERENCES "branch" ("id") ON DELETE CASCADE, FOREIGN KEY ("person_id") REFERENCES "person" ("id") ON DELETE CASCADE, FOREIGN KEY ("category_id") REFERENCES "person_category" ("id") ON DELETE SET NULL, FOREIGN KEY ("first_person_id") REFERENCES "person" ("id") ON DELETE SET NULL, FOREIGN KEY ("second_person_id") REFERENCES "person" ("id") ON DELETE SET NULL, FOREIGN KEY ("activity_id") REFERENCES "activity" ("id") ON DELETE SET NULL, FOREIGN KEY ("vote_id") REFERENCES "vote" ("id") ON DELETE SET NULL);
CREATE UNIQUE INDEX "development_stage_uuid" ON "development_stage" ("uuid");
CREATE INDEX "development_stage_branch_id" ON "development_stage" ("branch_id");
CREATE INDEX "development_stage_person_id" ON "development_stage" ("person_id");
CREATE INDEX "development_stage_date" ON "development_stage" ("date");
CREATE INDEX "development_stage_category_id" ON "development_stage" ("category_id");
CREATE INDEX "development_stage_first_person_id" ON "development_stage" ("first_person_id");
CREATE INDEX "development_stage_second_person_id" ON "development_stage" ("second_person_id");
CREATE INDEX "development_stage_activity_id" ON "development_stage" ("activity_id");
CREATE INDEX "development_stage_vote_id" ON "development_stage" ("vote_id");
