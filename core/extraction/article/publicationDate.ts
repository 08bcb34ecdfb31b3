import { PartialDateSchema } from '../../model/schema';

/**
 * The calendar date of a page's date value: "2023-02-25T10:00:00+04:00" is 25 February where it was
 * published, so the date part is taken as written (converting to UTC could move it a day).
 * Returns YYYY-MM-DD, YYYY-MM or YYYY, or null for anything else.
 */
export function normalisePublicationDate(value: string | null | undefined): string | null {
  if (!value) return null;
  const match = /^\s*(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?(?:[T\s]|$)/.exec(value);
  if (!match) return null;
  const date = [match[1], match[2], match[3]].filter((part) => part !== undefined).join('-');
  return PartialDateSchema.safeParse(date).success ? date : null;
}
