/** Words of the presets area. */
export const presets = {};
