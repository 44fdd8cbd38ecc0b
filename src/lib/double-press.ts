/**
 * A detector for a key pressed twice in quick succession (the quick exit's Escape, Escape).
 * Feed it every keydown; it answers true on the second press within `withinMs`. Any other key in
 * between starts over, so Escape used once to close something never exits by accident.
 */
export function createDoublePress(key: string, withinMs = 1000) {
  let last = -Infinity;
  return (event: { key: string; timeStamp: number; repeat?: boolean }): boolean => {
    if (event.key !== key || event.repeat) {
      last = -Infinity;
      return false;
    }
    if (event.timeStamp - last <= withinMs) {
      last = -Infinity;
      return true;
    }
    last = event.timeStamp;
    return false;
  };
}
