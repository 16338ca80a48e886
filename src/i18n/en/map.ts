/** Words of the map area. */
export const map = {};
