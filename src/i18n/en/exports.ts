/** Words of the exports area. */
export const exports = {};
