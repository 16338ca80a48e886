/** Words of the controls area. */
export const controls = {};
