// Picking candidates from a class, without React: searching names the way people type them
// (without tone marks, any case; "đ" as "d"), and "select all" over what the search shows.

/** A name or query folded for comparison: no diacritics, lower case, "đ" read as "d". */
export function foldForSearch(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .trim()
    .replace(/\s+/g, ' ');
}

/** The people whose name has a word starting with each word of the query, in any order ("an" finds An, not Trần). */
export function matchingPeople<P extends { name: string }>(people: readonly P[], query: string): P[] {
  const words = foldForSearch(query).split(' ').filter(Boolean);
  if (words.length === 0) return [...people];
  return people.filter((person) => {
    const nameWords = foldForSearch(person.name).split(' ');
    return words.every((word) => nameWords.some((nameWord) => nameWord.startsWith(word)));
  });
}

/** Whether every shown id is picked (and at least one is shown). */
export function allPicked(picked: readonly string[], shownIds: readonly string[]): boolean {
  return shownIds.length > 0 && shownIds.every((id) => picked.includes(id));
}

/** "Select all" on the shown ids: picks them all, or, when all already are, unpicks them. Others stay as they are. */
export function toggleAll(picked: readonly string[], shownIds: readonly string[]): string[] {
  if (allPicked(picked, shownIds)) return picked.filter((id) => !shownIds.includes(id));
  return [...picked, ...shownIds.filter((id) => !picked.includes(id))];
}

/** Ticks or unticks one id, keeping the order of picking. */
export function toggleOne(picked: readonly string[], id: string, on: boolean): string[] {
  if (on) return picked.includes(id) ? [...picked] : [...picked, id];
  return picked.filter((p) => p !== id);
}
