// Obsidian closes a suggest modal before it calls its choose callback, so "closed with
// nothing chosen" can only be known a moment after onClose.
export function reportDismissal(wasChosen: () => boolean, dismissed: () => void): void {
  window.setTimeout(() => {
    if (!wasChosen()) dismissed();
  }, 0);
}
