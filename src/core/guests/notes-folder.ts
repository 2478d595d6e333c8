// Where the new-episode form's "Create guest notes" puts them, said with the folder's name:
// "the guests folder" left the user to look it up in the settings, and to wonder whether
// a folder they never made would be.

/** "in “People/Guests”", with whether it will be made; `folder` is the cleaned setting ("" is the vault's top). */
export function guestNotesWhere(folder: string, exists: boolean): string {
  if (folder === "") return "at the top of the vault";
  return `in “${folder}”${exists ? "" : " (created, as it does not exist yet)"}`;
}
