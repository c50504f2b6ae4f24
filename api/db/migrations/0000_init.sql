CREATE TABLE `tips` (
	`id` text PRIMARY KEY NOT NULL,
	`code` text NOT NULL,
	`secret_hash` text NOT NULL,
	`category` text NOT NULL,
	`urgent` integer DEFAULT false NOT NULL,
	`status` text DEFAULT 'received' NOT NULL,
	`locale` text NOT NULL,
	`key_id` text NOT NULL,
	`sealed` text NOT NULL,
	`has_contact` integer DEFAULT false NOT NULL,
	`received_hour` text NOT NULL,
	`updated_hour` text NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `tips_code_unique` ON `tips` (`code`);--> statement-breakpoint
CREATE INDEX `tips_status_received` ON `tips` (`status`,`received_hour`);