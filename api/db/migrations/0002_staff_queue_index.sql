DROP INDEX `tips_status_received`;--> statement-breakpoint
CREATE INDEX `tips_queue` ON `tips` (`status`,"urgent" desc,`received_hour`,`code`);