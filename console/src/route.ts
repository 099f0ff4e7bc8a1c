/** Moves the console to another page (hash routing: the server serves one index.html). */
export const go = (hash: string) => {
  window.location.hash = hash;
};
