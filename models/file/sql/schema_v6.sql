-- Branch Ledger file format 6: the 花名册 fields on the person (民族, 籍贯, 学历, 职称/职务 and the
-- private 身份证号, which a bundle leaves out unless the branch chooses). Frozen once released.
ALTER TABLE "person" ADD COLUMN "ethnicity" VARCHAR(255) NOT NULL DEFAULT '';
ALTER TABLE "person" ADD COLUMN "native_place" VARCHAR(255) NOT NULL DEFAULT '';
ALTER TABLE "person" ADD COLUMN "education" VARCHAR(255) NOT NULL DEFAULT '';
ALTER TABLE "person" ADD COLUMN "job_title" VARCHAR(255) NOT NULL DEFAULT '';
ALTER TABLE "person" ADD COLUMN "id_number" VARCHAR(255) NOT NULL DEFAULT '';
