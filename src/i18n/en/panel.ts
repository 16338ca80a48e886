/** Words of the panel area. */
export const panel = {};
