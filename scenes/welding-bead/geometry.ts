// Where the coupon and its seam lie in the workshop (world frame, metres), per the standard.

export type Vec3 = readonly [number, number, number];

/** The coupon's top surface is the plane y = plateSurfaceY. */
export const plateSurfaceY = 0.95;

/** The seam's centre line runs along +X (the travel direction) at z = seamCentreZ. */
export const seamCentreZ = -0.45;
export const seamStartX = -0.1;
export const seamEndX = 0.1;

export const seamStart: Vec3 = [seamStartX, plateSurfaceY, seamCentreZ];
export const seamEnd: Vec3 = [seamEndX, plateSurfaceY, seamCentreZ];
