import { formatDate } from '../../../lib/format';

/**
 * When a class runs, in words. Either date may be missing (the API's `MyClass` declares them
 * as always present, but a class without dates sends null).
 */
export function classDates(startsOn: string | null | undefined, endsOn: string | null | undefined): string {
  if (startsOn && endsOn) return `${formatDate(startsOn)} – ${formatDate(endsOn)}`;
  if (startsOn) return `From ${formatDate(startsOn)}`;
  if (endsOn) return `Until ${formatDate(endsOn)}`;
  return 'No dates set';
}

const ROLE_LABEL: Record<string, string> = {
  owner: 'Owner',
  co_instructor: 'Co-instructor',
  admin: 'Admin',
};

/** What the reader is to a class, as the API names it (`owner`, `co_instructor`, `admin`). */
export function roleLabel(role: string): string {
  return ROLE_LABEL[role] ?? role;
}

/** A list of names as a sentence: "Ada", "Ada and Grace", "Ada, Grace and Linus". */
export function joinNames(names: readonly string[]): string {
  if (names.length <= 1) return names.join('');
  return `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}

/** A person as the API gives them, by display name when they have one. */
export function personName(person: { username: string; display_name: string }): string {
  return person.display_name || person.username;
}
