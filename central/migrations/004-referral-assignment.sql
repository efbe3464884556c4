-- A referral goes to the task-force member assigned to it (the referral's assigned_member, the name the lead
-- gave it, matched to a task-force account's name); while nobody is assigned, to the members following its school.
ALTER TABLE referrals ADD COLUMN assigned_member TEXT NOT NULL DEFAULT '';
-- Referrals synced before this step: the member as their stored version has it (the next push of the referral settles a conflict's choice).
UPDATE referrals r SET assigned_member = coalesce(trim(e.heads -> 0 -> 'record' ->> 'assigned_member'), '')
  FROM entries e WHERE e.entity = 'referral' AND e.inspection_id = r.inspection_id AND e.entity_id = jsonb_build_array(r.id)::text;
CREATE INDEX referrals_assigned ON referrals (lower(assigned_member)) WHERE assigned_member <> '';
-- The name is how a referral finds its member: two task-force accounts cannot share one.
CREATE UNIQUE INDEX users_taskforce_name ON users (lower(name)) WHERE role = 'taskforce';
