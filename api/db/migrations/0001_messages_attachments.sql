CREATE TABLE `attachments` (
	`id` text PRIMARY KEY NOT NULL,
	`tip_id` text NOT NULL,
	`message_id` text,
	`mime` text NOT NULL,
	`size` integer NOT NULL,
	`key_id` text NOT NULL,
	`sealed` text NOT NULL,
	`created_hour` text NOT NULL,
	FOREIGN KEY (`tip_id`) REFERENCES `tips`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`message_id`) REFERENCES `messages`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `attachments_tip` ON `attachments` (`tip_id`);--> statement-breakpoint
CREATE TABLE `messages` (
	`id` text PRIMARY KEY NOT NULL,
	`tip_id` text NOT NULL,
	`author` text NOT NULL,
	`key_id` text NOT NULL,
	`sealed` text NOT NULL,
	`seq` integer NOT NULL,
	`created_hour` text NOT NULL,
	FOREIGN KEY (`tip_id`) REFERENCES `tips`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `messages_tip_seq` ON `messages` (`tip_id`,`seq`);