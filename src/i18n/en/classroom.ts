/** Words of the classroom area. */
export const classroom = {};
