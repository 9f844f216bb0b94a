-- Branch Ledger file format 5 (step from format 4). Frozen once released: later formats add steps.
-- Photos as evidence that a 整改 item was completed, stored like an activity's photos
-- (downscaled JPEG, thumbnail, sha256 of the stored bytes, and a deleted photo keeps its row as a
-- tombstone and loses its bytes once the deletion can no longer be undone).
CREATE TABLE "rectification_photo" ("id" INTEGER NOT NULL PRIMARY KEY, "uuid" VARCHAR(36) NOT NULL, "created_at" VARCHAR(255) NOT NULL, "updated_at" VARCHAR(255) NOT NULL, "rev" INTEGER NOT NULL, "deleted_at" VARCHAR(255), "item_id" INTEGER NOT NULL, "caption" VARCHAR(255) NOT NULL, "mime" VARCHAR(255) NOT NULL, "sha256" VARCHAR(255) NOT NULL, "width" INTEGER NOT NULL, "height" INTEGER NOT NULL, "data" BLOB NOT NULL, "thumbnail" BLOB, "position" INTEGER NOT NULL, FOREIGN KEY ("item_id") REFERENCES "rectification_item" ("id") ON DELETE CASCADE);
CREATE UNIQUE INDEX "rectification_photo_uuid" ON "rectification_photo" ("uuid");
CREATE INDEX "rectification_photo_item_id" ON "rectification_photo" ("item_id");
