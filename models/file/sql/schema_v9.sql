-- Branch Ledger file format 9: the 党费 ledger (standards, monthly payments, branch totals). Frozen.
CREATE TABLE "dues_month" ("id" INTEGER NOT NULL PRIMARY KEY, "uuid" VARCHAR(36) NOT NULL, "created_at" VARCHAR(255) NOT NULL, "updated_at" VARCHAR(255) NOT NULL, "rev" INTEGER NOT NULL, "deleted_at" VARCHAR(255), "branch_id" INTEGER NOT NULL, "month" VARCHAR(255) NOT NULL, "due_cents" INTEGER NOT NULL, "paid_cents" INTEGER NOT NULL, "members" INTEGER NOT NULL, "exempt" INTEGER NOT NULL, FOREIGN KEY ("branch_id") REFERENCES "branch" ("id") ON DELETE CASCADE);
CREATE UNIQUE INDEX "dues_month_uuid" ON "dues_month" ("uuid");
CREATE INDEX "dues_month_branch_id" ON "dues_month" ("branch_id");
CREATE UNIQUE INDEX "dues_month_branch_id_month" ON "dues_month" ("branch_id", "month");
CREATE TABLE "dues_payment" ("id" INTEGER NOT NULL PRIMARY KEY, "uuid" VARCHAR(36) NOT NULL, "created_at" VARCHAR(255) NOT NULL, "updated_at" VARCHAR(255) NOT NULL, "rev" INTEGER NOT NULL, "deleted_at" VARCHAR(255), "branch_id" INTEGER NOT NULL, "person_id" INTEGER NOT NULL, "month" VARCHAR(255) NOT NULL, "due_cents" INTEGER NOT NULL, "paid_cents" INTEGER NOT NULL, "paid_on" DATE, "kind" VARCHAR(255) NOT NULL, "note" TEXT NOT NULL, FOREIGN KEY ("branch_id") REFERENCES "branch" ("id") ON DELETE CASCADE, FOREIGN KEY ("person_id") REFERENCES "person" ("id") ON DELETE CASCADE);
CREATE UNIQUE INDEX "dues_payment_uuid" ON "dues_payment" ("uuid");
CREATE INDEX "dues_payment_branch_id" ON "dues_payment" ("branch_id");
CREATE INDEX "dues_payment_person_id" ON "dues_payment" ("person_id");
CREATE INDEX "dues_payment_month" ON "dues_payment" ("month");
CREATE UNIQUE INDEX "dues_payment_person_id_month" ON "dues_payment" ("person_id", "month");
CREATE TABLE "dues_standard" ("id" INTEGER NOT NULL PRIMARY KEY, "uuid" VARCHAR(36) NOT NULL, "created_at" VARCHAR(255) NOT NULL, "updated_at" VARCHAR(255) NOT NULL, "rev" INTEGER NOT NULL, "deleted_at" VARCHAR(255), "branch_id" INTEGER NOT NULL, "person_id" INTEGER NOT NULL, "effective_from" VARCHAR(255) NOT NULL, "amount_cents" INTEGER NOT NULL, "base_cents" INTEGER, "rate_permille" INTEGER, "note" TEXT NOT NULL, FOREIGN KEY ("branch_id") REFERENCES "branch" ("id") ON DELETE CASCADE, FOREIGN KEY ("person_id") REFERENCES "person" ("id") ON DELETE CASCADE);
CREATE UNIQUE INDEX "dues_standard_uuid" ON "dues_standard" ("uuid");
CREATE INDEX "dues_standard_branch_id" ON "dues_standard" ("branch_id");
CREATE INDEX "dues_standard_person_id" ON "dues_standard" ("person_id");
CREATE UNIQUE INDEX "dues_standard_person_id_effective_from" ON "dues_standard" ("person_id", "effective_from");
