import type { BulletinWeek } from './bulletinWeekOf'

/** A briefing as the bulletin lists it: its own title and summary (staff wrote them for members). */
export type BulletinBriefing = { title: string; summary: string; slug: string; kind: string }

/** Gallery profiles that changed in the week, as counts only: the bulletin names no one. */
export type GalleryChanges = { added: number; updated: number; removed: number }

/** What one week's bulletin says, before it is written for a channel (email now, push later). */
export type BulletinContents = { week: BulletinWeek; briefings: BulletinBriefing[]; gallery: GalleryChanges }

/** One week's bulletin, ready to deliver: the same message for every member. */
export type Bulletin = BulletinContents & { subject: string; html: string; text: string; link: string }
