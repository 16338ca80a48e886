/** Words of the embed area. */
export const embed = {};
