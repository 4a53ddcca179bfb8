-- What the parental notice letter tells parents besides the placement's terms (seeds 002 §7, 003,
-- 004): why the pupil is placed, the school's named contact, who to call about an absence, travel,
-- and dress, equipment and lunch. Empty until the school enters them; the letter is refused while
-- one it needs is empty. The limits match NoticeDetails.
ALTER TABLE placement
    ADD COLUMN notice_reason          VARCHAR(4000) NOT NULL DEFAULT '',
    ADD COLUMN notice_school_contact  VARCHAR(300)  NOT NULL DEFAULT '',
    ADD COLUMN notice_absence_contact VARCHAR(300)  NOT NULL DEFAULT '',
    ADD COLUMN notice_travel          VARCHAR(1000) NOT NULL DEFAULT '',
    ADD COLUMN notice_kit             VARCHAR(1000) NOT NULL DEFAULT '';
